package com.fieldops.common.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way every part of the product finds a text a person reads, whatever its bundle
 * (validation, protocol, SLA, workflow, replica, the console's, the server's notifications).
 *
 * <p>Bundles load without falling back to the JVM's default locale (a server running in Chinese
 * still answers an English caller in English). A key that is not there is a bug: it is logged
 * ({@code event=message_missing}) and shows as {@code !key!}, so a person sees that something is
 * missing rather than a plausible wrong sentence. The tests catch it before that: each module's
 * {@code MessageKeysTest} checks that every key its code names exists in English and Chinese.
 */
public final class MessageLookup {
  private static final Logger LOG = LoggerFactory.getLogger(MessageLookup.class);
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private MessageLookup() {}

  /** The bundle {@code baseName} in {@code locale}, from {@code owner}'s class loader, no default-locale fallback. */
  public static ResourceBundle bundle(String baseName, Locale locale, Class<?> owner) {
    return ResourceBundle.getBundle(baseName, locale, owner.getClassLoader(), NO_FALLBACK);
  }

  /** The text for {@code key}, {@link MessageFormat} arguments filled in; {@code !key!} if the key is missing. */
  public static String format(ResourceBundle bundle, Locale locale, String key, Object... args) {
    if (key == null || !bundle.containsKey(key)) {
      LOG.warn("event=message_missing key={} locale={} bundle={}", key, locale.toLanguageTag(),
          bundle.getBaseBundleName());
      return "!" + key + "!";
    }
    String pattern = bundle.getString(key);
    return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** Like {@link #format(ResourceBundle, Locale, String, Object...)} for a bundle found by name. */
  public static String format(String baseName, Class<?> owner, Locale locale, String key, Object... args) {
    ResourceBundle bundle;
    try {
      bundle = bundle(baseName, locale, owner);
    } catch (MissingResourceException e) {
      LOG.warn("event=message_bundle_missing bundle={} locale={}", baseName, locale.toLanguageTag());
      return "!" + key + "!";
    }
    return format(bundle, locale, key, args);
  }
}
