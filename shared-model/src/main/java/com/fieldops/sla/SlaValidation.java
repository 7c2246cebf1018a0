package com.fieldops.sla;

import com.fieldops.common.validation.Validators;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Validates SLA policies with messages from {@code com/fieldops/sla/SlaMessages} in the caller's
 * locale, through the shared {@link Validators} (which aggregates the SLA bundle), so field paths
 * look the same as everywhere else ({@code calendar.weeklyHours[MONDAY]},
 * {@code warningThresholds[1]}).
 */
public final class SlaValidation {

  public static final String BUNDLE = "com.fieldops.sla.SlaMessages";

  private SlaValidation() {
  }

  /** All problems of a bean (usually an {@link SlaPolicy}), sorted by field; empty when valid. */
  public static List<SlaViolation> validate(Object bean, Locale locale) {
    return Validators.validate(bean, locale).stream()
        .map(v -> new SlaViolation(v.field(), v.message()))
        .toList();
  }

  /** The SLA bundle in a locale, without fallback to the JVM's default locale. */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, SlaValidation.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
