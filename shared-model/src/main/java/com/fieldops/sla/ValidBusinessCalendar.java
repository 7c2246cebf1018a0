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
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Cross-field checks of a {@link BusinessCalendar}: a known IANA zone, no empty or overlapping
 * opening intervals, and at least some opening hours (or 24x7). Each problem is reported on the
 * field it concerns, e.g. {@code weeklyHours[MONDAY]}.
 */
@Documented
@Constraint(validatedBy = ValidBusinessCalendar.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidBusinessCalendar {
  String message() default "{com.fieldops.sla.calendar.invalid}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one calendar; stateless. */
  class Validator implements ConstraintValidator<ValidBusinessCalendar, BusinessCalendar> {
    @Override
    public boolean isValid(BusinessCalendar calendar, ConstraintValidatorContext context) {
      if (calendar == null) {
        return true;
      }
      HibernateConstraintValidatorContext ctx =
          context.unwrap(HibernateConstraintValidatorContext.class);
      ctx.disableDefaultConstraintViolation();
      boolean valid = true;
      String zone = calendar.zone();
      if (zone != null && !zone.isBlank() && !ZoneId.getAvailableZoneIds().contains(zone)) {
        ctx.addMessageParameter("zone", zone)
            .buildConstraintViolationWithTemplate("{com.fieldops.sla.calendar.zone.unknown}")
            .addPropertyNode("zone").addConstraintViolation();
        valid = false;
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        List<OpeningInterval> intervals = calendar.weeklyHours().getOrDefault(day, List.of());
        for (OpeningInterval interval : intervals) {
          if (interval.isEmpty()) {
            ctx.addMessageParameter("interval", interval.toString())
                .buildConstraintViolationWithTemplate("{com.fieldops.sla.calendar.hours.empty}")
                .addPropertyNode("weeklyHours").addBeanNode().inIterable().atKey(day)
                .addConstraintViolation();
            valid = false;
          }
        }
        List<OpeningInterval> sorted = new ArrayList<>(intervals.stream()
            .filter(i -> !i.isEmpty()).toList());
        sorted.sort(Comparator.comparingInt(OpeningInterval::startSecond));
        for (int i = 1; i < sorted.size(); i++) {
          if (sorted.get(i - 1).overlaps(sorted.get(i))) {
            ctx.addMessageParameter("first", sorted.get(i - 1).toString())
                .addMessageParameter("second", sorted.get(i).toString())
                .buildConstraintViolationWithTemplate("{com.fieldops.sla.calendar.hours.overlap}")
                .addPropertyNode("weeklyHours").addBeanNode().inIterable().atKey(day)
                .addConstraintViolation();
            valid = false;
          }
        }
      }
      if (valid && !calendar.hasOpeningHours()) {
        ctx.buildConstraintViolationWithTemplate("{com.fieldops.sla.calendar.hours.none}")
            .addPropertyNode("weeklyHours").addConstraintViolation();
        valid = false;
      }
      return valid;
    }
  }
}
