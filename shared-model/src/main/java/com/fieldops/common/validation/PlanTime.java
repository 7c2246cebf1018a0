package com.fieldops.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An instant or day of a plan, schedule or calendar: within {@link TimeWindows}' plan window.
 * Null is valid. Messages may use {@code {earliest}} and {@code {latest}}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {PlanTimeValidator.ForInstant.class, PlanTimeValidator.ForDate.class})
public @interface PlanTime {
  String message() default "{time.plan.window}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
