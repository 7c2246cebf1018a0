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

/** A WARNING needs a threshold in (0, 1); BREACH_PLUS needs positive minutes; a type is needed. */
@Documented
@Constraint(validatedBy = ValidEscalationTrigger.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEscalationTrigger {
  String message() default "{com.fieldops.sla.trigger.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one trigger; stateless. */
  class Validator implements ConstraintValidator<ValidEscalationTrigger, EscalationTrigger> {
    @Override
    public boolean isValid(EscalationTrigger trigger, ConstraintValidatorContext context) {
      if (trigger == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      if (trigger.type() == null) {
        return fail(context, "type", "{com.fieldops.sla.trigger.type.required}");
      }
      switch (trigger.type()) {
        case WARNING -> {
          Double t = trigger.threshold();
          if (t == null || t.isNaN() || t <= 0.0 || t >= 1.0) {
            return fail(context, "threshold", "{com.fieldops.sla.threshold.range}");
          }
        }
        case BREACH_PLUS -> {
          Long m = trigger.minutes();
          if (m == null || m <= 0 || m > SlaTargets.MAX_MINUTES) {
            return fail(context, "minutes", "{com.fieldops.sla.trigger.minutes.positive}");
          }
        }
        case BREACH -> { }
      }
      return true;
    }

    private static boolean fail(ConstraintValidatorContext context, String field, String template) {
      context.buildConstraintViolationWithTemplate(template).addPropertyNode(field)
          .addConstraintViolation();
      return false;
    }
  }
}
