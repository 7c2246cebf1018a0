package com.fieldops.desktop.i18n;

import java.util.Locale;

/**
 * Every text a dispatcher reads, from {@code com/fieldops/desktop/i18n/messages*.properties}. The
 * look-up itself is the client layer's ({@link com.fieldops.client.text.Messages}), which the
 * phone shares with its own bundle.
 */
public final class Messages extends com.fieldops.client.text.Messages {
  public static final String BUNDLE = "com.fieldops.desktop.i18n.messages";

  public Messages(Locale locale) {
    super(BUNDLE, locale, Messages.class);
  }
}
