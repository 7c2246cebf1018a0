package com.fieldops.sla;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An action needs a type, and a NOTIFY action needs a target. */
@Documented
@Constraint(validatedBy = ValidEscalationAction.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEscalationAction {
  String message() default "{com.fieldops.sla.action.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one action; stateless. */
  class Validator implements ConstraintValidator<ValidEscalationAction, EscalationAction> {
    @Override
    public boolean isValid(EscalationAction action, ConstraintValidatorContext context) {
      if (action == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      if (action.type() == null) {
        context.buildConstraintViolationWithTemplate("{com.fieldops.sla.action.type.required}")
            .addPropertyNode("type").addConstraintViolation();
        return false;
      }
      if (action.type() == EscalationAction.Type.NOTIFY && action.target() == null) {
        context.buildConstraintViolationWithTemplate("{com.fieldops.sla.action.target.required}")
            .addPropertyNode("target").addConstraintViolation();
        return false;
      }
      return true;
    }
  }
}
