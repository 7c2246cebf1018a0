package com.fieldops.client.countdown;

import java.time.Duration;
import java.util.Locale;

/** Short countdown text: "2 d 3 h", "3 h 05 min", "12 min", "45 s" (Chinese: 天 / 小时 / 分 / 秒). */
public final class DurationText {
  private DurationText() {}

  public static String format(Duration d, Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    long s = Math.abs(d.getSeconds());
    long days = s / 86_400;
    long hours = (s % 86_400) / 3600;
    long minutes = (s % 3600) / 60;
    if (days > 0) {
      return zh ? days + " 天 " + hours + " 小时" : days + " d " + hours + " h";
    }
    if (hours > 0) {
      return zh ? hours + " 小时 " + minutes + " 分" : hours + " h " + String.format(Locale.ROOT, "%02d", minutes) + " min";
    }
    if (minutes > 0) {
      return zh ? minutes + " 分" : minutes + " min";
    }
    return zh ? (s % 60) + " 秒" : (s % 60) + " s";
  }
}
