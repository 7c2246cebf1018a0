package com.fieldops.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/** The caller's language from Accept-Language: English or Simplified Chinese, English if unsure. */
public final class Locales {
  public static final Locale SIMPLIFIED_CHINESE = Locale.forLanguageTag("zh-CN");
  private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, SIMPLIFIED_CHINESE);

  private Locales() {}

  public static Locale of(Context ctx) {
    return parse(ctx.header("Accept-Language"));
  }

  public static Locale parse(String header) {
    if (header == null || header.isBlank() || header.length() > 200) {
      return Locale.ENGLISH;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
      for (Locale.LanguageRange range : ranges) {
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (range.getWeight() > 0 && (tag.equals("zh") || tag.startsWith("zh-cn") || tag.startsWith("zh-hans")
            || tag.equals("zh-sg"))) {
          return SIMPLIFIED_CHINESE;
        }
        if (range.getWeight() > 0 && (tag.startsWith("en") || tag.equals("*"))) {
          return Locale.ENGLISH;
        }
      }
      return Locale.ENGLISH;
    } catch (IllegalArgumentException malformed) {
      return Locale.ENGLISH;
    }
  }
}
