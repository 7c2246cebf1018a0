package com.fieldops.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link DeviceTime} against the validation context's clock. */
public final class DeviceTimeValidator implements ConstraintValidator<DeviceTime, Instant> {
  @Override
  public boolean isValid(Instant value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Instant now = context.getClockProvider().getClock().instant();
    if (TimeWindows.isDeviceTime(value, now)) {
      return true;
    }
    context.unwrap(HibernateConstraintValidatorContext.class)
        .addMessageParameter("earliest", TimeWindows.EARLIEST.toString())
        .addMessageParameter("skewMinutes", TimeWindows.DEVICE_CLOCK_SKEW.toMinutes());
    return false;
  }
}
