package com.fieldops.replica.store;

import com.fieldops.common.validation.MessageLookup;
import java.util.Locale;

/** Readable texts of the replica from {@code com/fieldops/replica/store/ReplicaMessages} (UTF-8 bundles). */
public final class ReplicaMessages {
  private static final String BUNDLE = "com.fieldops.replica.store.ReplicaMessages";
  private final Locale locale;

  public ReplicaMessages(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The text for {@code key}; a missing key shows as {@code !key!} ({@link MessageLookup}). */
  public String get(String key, Object... args) {
    return MessageLookup.format(BUNDLE, ReplicaMessages.class, locale, key, args);
  }
}
