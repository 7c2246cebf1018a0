package com.fieldops.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Adds one violation per broken rule, attached to the blamed field so forms can show it there. */
public final class CrossFieldRulesValidator implements ConstraintValidator<CrossFieldRules, CrossFieldChecked> {
  @Override
  public boolean isValid(CrossFieldChecked value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<RuleBreach> breaches = value.ruleBreaches();
    if (breaches.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (RuleBreach breach : breaches) {
      context.buildConstraintViolationWithTemplate("{" + breach.messageKey() + "}")
          .addPropertyNode(breach.field())
          .addConstraintViolation();
    }
    return false;
  }
}
