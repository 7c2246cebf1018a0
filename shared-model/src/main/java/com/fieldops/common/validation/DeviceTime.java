package com.fieldops.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An instant a device says something happened: within {@link TimeWindows}' device window, "now"
 * being the validator's clock ({@link Validators#validate(Object, java.util.Locale, java.time.Clock)}).
 * Null is valid (use {@code @NotNull} too). Messages may use {@code {earliest}} and {@code {skewMinutes}}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DeviceTimeValidator.class)
public @interface DeviceTime {
  String message() default "{time.device.window}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
