package com.fieldops.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Checks {@link PlanTime}; the window is fixed, so no clock is involved. */
public final class PlanTimeValidator {
  private PlanTimeValidator() {}

  static boolean report(boolean ok, ConstraintValidatorContext context) {
    if (!ok) {
      context.unwrap(HibernateConstraintValidatorContext.class)
          .addMessageParameter("earliest", TimeWindows.EARLIEST.toString())
          .addMessageParameter("latest", TimeWindows.PLAN_LATEST.toString());
    }
    return ok;
  }

  public static final class ForInstant implements ConstraintValidator<PlanTime, Instant> {
    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || report(TimeWindows.isPlanTime(value), context);
    }
  }

  public static final class ForDate implements ConstraintValidator<PlanTime, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || report(TimeWindows.isPlanDate(value), context);
    }
  }
}
