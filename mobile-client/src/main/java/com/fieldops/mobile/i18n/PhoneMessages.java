package com.fieldops.mobile.i18n;

import com.fieldops.client.text.Messages;
import java.util.Locale;

/** The technician app's texts: {@code com/fieldops/mobile/i18n/messages*.properties}. */
public final class PhoneMessages extends Messages {
  public static final String BUNDLE = "com.fieldops.mobile.i18n.messages";

  public PhoneMessages(Locale locale) {
    super(BUNDLE, locale, PhoneMessages.class);
  }
}
