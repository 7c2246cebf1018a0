package com.fieldops.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Class-level constraint: reports each {@link CrossFieldChecked#ruleBreaches()} on its field. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CrossFieldRulesValidator.class)
public @interface CrossFieldRules {
  String message() default "{rule.broken}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
