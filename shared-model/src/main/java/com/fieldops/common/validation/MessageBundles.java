package com.fieldops.common.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The aggregate of the validation bundles of model, SLA and protocol, per locale.
 *
 * <p>Bundles load without falling back to the JVM's default locale: a server running with a
 * Chinese default locale must still answer an English caller in English.
 */
public final class MessageBundles {
  /** Searched in this order; a missing bundle is skipped (another engineer may not have made it yet). */
  public static final List<String> BUNDLES = List.of(
      "ValidationMessages", "com/fieldops/sla/SlaMessages", "com/fieldops/protocol/ProtocolMessages");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final ConcurrentMap<Locale, ResourceBundle> CACHE = new ConcurrentHashMap<>();

  private MessageBundles() {}

  public static ResourceBundle forLocale(Locale locale) {
    return CACHE.computeIfAbsent(locale, MessageBundles::load);
  }

  /**
   * The message for {@code key} with {@link MessageFormat} arguments, found the one way
   * ({@link MessageLookup}): an unknown key is logged and shows as {@code !key!}.
   */
  public static String format(Locale locale, String key, Object... args) {
    return MessageLookup.format(forLocale(locale), locale, key, args);
  }

  private static ResourceBundle load(Locale locale) {
    List<ResourceBundle> found = new ArrayList<>();
    ClassLoader loader = MessageBundles.class.getClassLoader();
    for (String name : BUNDLES) {
      try {
        found.add(ResourceBundle.getBundle(name, locale, loader, NO_FALLBACK));
      } catch (MissingResourceException notThereYet) {
        // tolerated by design: the bundle belongs to another area and may not exist yet
      }
    }
    return new Aggregate(found);
  }

  private static final class Aggregate extends ResourceBundle {
    private final List<ResourceBundle> parts;

    Aggregate(List<ResourceBundle> parts) {
      this.parts = List.copyOf(parts);
    }

    @Override
    protected Object handleGetObject(String key) {
      for (ResourceBundle part : parts) {
        if (part.containsKey(key)) {
          return part.getObject(key);
        }
      }
      return null;
    }

    @Override
    public Enumeration<String> getKeys() {
      Set<String> keys = new LinkedHashSet<>();
      for (ResourceBundle part : parts) {
        keys.addAll(part.keySet());
      }
      return Collections.enumeration(keys);
    }
  }
}
