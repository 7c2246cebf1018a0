package com.fieldops.replica;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Readable texts of the replica from {@code com/fieldops/replica/ReplicaMessages} (UTF-8 bundles). */
public final class ReplicaMessages {
  private static final String BUNDLE = "com.fieldops.replica.ReplicaMessages";
  private final Locale locale;

  public ReplicaMessages(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }
}
