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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cross-field checks of a policy: every escalation rule's milestone must have a target for at
 * least one priority, and no two rules may share milestone and trigger (a level fires once, so
 * its actions belong in one rule). Reported on {@code escalationRules[i].milestone} /
 * {@code escalationRules[i].trigger}.
 */
@Documented
@Constraint(validatedBy = ValidSlaPolicy.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSlaPolicy {
  String message() default "{com.fieldops.sla.policy.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one policy; stateless. */
  class Validator implements ConstraintValidator<ValidSlaPolicy, SlaPolicy> {
    @Override
    public boolean isValid(SlaPolicy policy, ConstraintValidatorContext context) {
      if (policy == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      Set<String> seen = new HashSet<>();
      List<EscalationRule> rules = policy.escalationRules();
      for (int i = 0; i < rules.size(); i++) {
        EscalationRule rule = rules.get(i);
        if (rule == null || rule.milestone() == null) {
          continue;
        }
        if (!policy.hasTargetFor(rule.milestone())) {
          context.buildConstraintViolationWithTemplate(
                  "{com.fieldops.sla.rule.milestone.noTarget." + rule.milestone().name() + "}")
              .addPropertyNode("escalationRules").addPropertyNode("milestone")
              .inIterable().atIndex(i).addConstraintViolation();
          valid = false;
        }
        if (rule.trigger() != null && rule.trigger().type() != null
            && !seen.add(rule.milestone() + "/" + rule.trigger().key())) {
          context.buildConstraintViolationWithTemplate("{com.fieldops.sla.rule.duplicate}")
              .addPropertyNode("escalationRules").addPropertyNode("trigger")
              .inIterable().atIndex(i).addConstraintViolation();
          valid = false;
        }
      }
      return valid;
    }
  }
}
