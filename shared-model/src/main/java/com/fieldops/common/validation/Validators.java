package com.fieldops.common.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation for every FieldOps input, with messages from {@link MessageBundles} in the
 * caller's locale. Thread-safe; validators are cached per locale.
 */
public final class Validators {
  private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ResourceBundleMessageInterpolator(MessageBundles::forLocale))
      .buildValidatorFactory();
  private static final ConcurrentMap<Locale, Validator> BY_LOCALE = new ConcurrentHashMap<>();
  private static final ConcurrentMap<Locale, Validator> JUDGED_BY_LOCALE = new ConcurrentHashMap<>();
  /** The clock {@link #validate(Object, Locale, Clock, Class[])} judges device times by, per thread. */
  private static final ThreadLocal<Clock> JUDGE = new ThreadLocal<>();

  private Validators() {}

  /** All violations of {@code bean}, sorted by field; empty when valid. */
  public static List<Violation> validate(Object bean, Locale locale) {
    return toViolations(validator(locale).validate(bean));
  }

  /**
   * All violations of {@code bean} in {@code groups} (default: the default group), {@link DeviceTime}
   * judged against {@code clock}: the server passes its receiving time, the replica its clock.
   */
  public static List<Violation> validate(Object bean, Locale locale, Clock clock, Class<?>... groups) {
    Clock outer = JUDGE.get();
    JUDGE.set(clock);
    try {
      return toViolations(JUDGED_BY_LOCALE.computeIfAbsent(locale, Validators::judgedValidator).validate(bean, groups));
    } finally {
      if (outer == null) {
        JUDGE.remove();
      } else {
        JUDGE.set(outer);
      }
    }
  }

  /**
   * One validator per locale whose clock is the one the current {@code validate} call judges by: a
   * push validates several records per mutation, and a validator built per call made Hibernate create
   * and initialise its constraint validators again each time (docs/benchmarks.md, plan generation
   * round 6: 8.8 → 6.5 µs per record).
   */
  private static Validator judgedValidator(Locale locale) {
    return FACTORY.usingContext()
        .messageInterpolator(new FixedLocale(FACTORY.getMessageInterpolator(), locale))
        .clockProvider(() -> JudgeClock.INSTANCE)
        .getValidator();
  }

  /** The clock of the {@code validate} call running on this thread (the system's outside one). */
  private static final class JudgeClock extends Clock {
    static final JudgeClock INSTANCE = new JudgeClock();

    private static Clock current() {
      Clock c = JUDGE.get();
      return c == null ? Clock.systemUTC() : c;
    }

    @Override
    public java.time.ZoneId getZone() {
      return current().getZone();
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return current().withZone(zone);
    }

    @Override
    public java.time.Instant instant() {
      return current().instant();
    }
  }

  private static List<Violation> toViolations(Set<ConstraintViolation<Object>> found) {
    return found.stream()
        .map(v -> new Violation(fieldOf(v.getPropertyPath()), v.getMessage()))
        .distinct()
        .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
        .toList();
  }

  public static boolean isValid(Object bean) {
    return validator(Locale.ENGLISH).validate(bean).isEmpty();
  }

  /** The plain Bean Validation validator for {@code locale}, for callers that need groups etc. */
  public static Validator validator(Locale locale) {
    return BY_LOCALE.computeIfAbsent(locale, l -> FACTORY.usingContext()
        .messageInterpolator(new FixedLocale(FACTORY.getMessageInterpolator(), l))
        .getValidator());
  }

  /**
   * {@code items[2].text} rather than Hibernate's {@code items[].text} with the index on the next
   * node, or its {@code <list element>} noise.
   */
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

  /** Interpolates in the caller's locale whatever the JVM default is. */
  private record FixedLocale(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
