package com.fieldops.desktop.i18n;

import com.fieldops.common.validation.MessageLookup;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.ResourceBundle;

/** Every text a dispatcher reads, from {@code com/fieldops/desktop/i18n/messages*.properties}. */
public final class Messages {
  public static final String BUNDLE = "com.fieldops.desktop.i18n.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  public Messages(Locale locale) {
    this.locale = locale;
    this.bundle = MessageLookup.bundle(BUNDLE, locale, Messages.class);
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

  /** The text for {@code key}, with {@code args} filled in by {@link MessageFormat} in this locale. */
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
