package com.fieldops.client.text;

import com.fieldops.common.validation.MessageLookup;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every text a person reads on a screen, from one app's resource bundle in one locale. Each app
 * names its own bundle (the console's, the phone's); the screen logic both share (countdown words,
 * assignment warnings) reads its keys through this.
 */
public class Messages {
  private final Locale locale;
  private final ResourceBundle bundle;

  /** The bundle {@code baseName} in {@code locale}, looked up through {@code anchor}'s class loader. */
  public Messages(String baseName, Locale locale, Class<?> anchor) {
    this.locale = locale;
    this.bundle = MessageLookup.bundle(baseName, locale, anchor);
  }

  /** The setting if there is one ("en", "zh-CN"), else the system's locale. */
  public static Locale chooseLocale(String setting) {
    if (setting == null || setting.isBlank()) {
      return Locale.getDefault();
    }
    return Locale.forLanguageTag(setting.replace('_', '-'));
  }

  public Locale locale() {
    return locale;
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  /** The text for {@code key}, with {@code args} filled in by {@link java.text.MessageFormat} in this locale. */
  public String text(String key, Object... args) {
    return MessageLookup.format(bundle, locale, key, args);
  }

  /**
   * Names in the reader's order: accents and case as a person expects, Chinese names by pinyin
   * (after Latin ones), not by character code. A fresh collator each time: it is not thread-safe.
   */
  public Comparator<String> nameOrder() {
    Collator collator = Collator.getInstance(locale);
    collator.setStrength(Collator.SECONDARY);
    return Comparator.nullsLast(collator::compare);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
