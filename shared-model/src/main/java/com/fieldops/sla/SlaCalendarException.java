package com.fieldops.sla;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A calendar cannot produce a due instant: it has no opening hours at all, or too few to reach
 * the target within the look-ahead. Thrown instead of searching forever. The message comes from
 * {@code SlaMessages} ({@link #getMessage()} is English).
 */
public class SlaCalendarException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;

  public SlaCalendarException(String messageKey, Object... arguments) {
    super(format(Locale.ROOT, messageKey, arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  /** The message in a person's locale. */
  public String message(Locale locale) {
    return format(locale, messageKey, arguments);
  }

  private static String format(Locale locale, String key, Object... args) {
    String pattern = SlaValidation.bundle(locale).getString(key);
    return new MessageFormat(pattern, locale).format(args);
  }
}
