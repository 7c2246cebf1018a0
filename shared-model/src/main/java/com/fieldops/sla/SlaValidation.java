package com.fieldops.sla;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Validates SLA policies with messages from {@code com/fieldops/sla/SlaMessages} in the caller's
 * locale.
 *
 * <p>Local adapter until the shared {@code com.fieldops.model.validation.Validators} (which reads
 * the same bundle among others) is available everywhere; both give the same field paths. The
 * bundle never falls back to the JVM's default locale, so an English request on a Chinese
 * server still gets English.
 */
public final class SlaValidation {

  public static final String BUNDLE = "com.fieldops.sla.SlaMessages";

  private static final Map<Locale, Validator> VALIDATORS = new ConcurrentHashMap<>();

  private SlaValidation() {
  }

  /** All problems of a bean (usually an {@link SlaPolicy}), sorted by field; empty when valid. */
  public static List<SlaViolation> validate(Object bean, Locale locale) {
    Validator validator = VALIDATORS.computeIfAbsent(locale, SlaValidation::build);
    return validator.validate(bean).stream()
        .map(SlaValidation::toViolation)
        .distinct()
        .sorted(Comparator.comparing(SlaViolation::field).thenComparing(SlaViolation::message))
        .toList();
  }

  /** A message of the SLA bundle in a locale, without fallback to the JVM's locale. */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, SlaValidation.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static SlaViolation toViolation(ConstraintViolation<Object> v) {
    return new SlaViolation(fieldOf(v.getPropertyPath()), v.getMessage());
  }

  /** {@code warningThresholds[1]}, {@code calendar.weeklyHours[MONDAY]}: same shape as the model's Validators. */
  static String fieldOf(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object where = node.getIndex() != null ? node.getIndex() : node.getKey();
        field.append('[').append(where == null ? "" : where).append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(name);
      }
    }
    return field.toString();
  }

  private static Validator build(Locale locale) {
    return Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ResourceBundleMessageInterpolator(SlaValidation::bundle,
            Set.of(locale), locale, ctx -> locale, false))
        .defaultLocale(locale)
        .locales(locale)
        .buildValidatorFactory()
        .getValidator();
  }
}
