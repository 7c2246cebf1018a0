package com.fieldops.mobile;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * How the app was started. {@code --demo} starts (or, with {@code --server}, joins) the demo sync
 * server and signs in as the demo technician; {@code --server URL --user NAME --password PW} fills the
 * form and signs in; {@code --lang zh-CN}, {@code --dark} for language and theme.
 */
public record PhoneOptions(boolean demo, String serverUrl, String user, String password, Locale locale, boolean dark,
    Clock clock) {

  public static final String DEMO_USER = "tech01";
  public static final String DEMO_PASSWORD = "fieldops-demo";

  public static PhoneOptions fromArgs(List<String> args) {
    boolean demo = false;
    boolean dark = false;
    String server = null;
    String user = null;
    String password = null;
    Locale locale = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String next = i + 1 < args.size() ? args.get(i + 1) : null;
      switch (a) {
        case "--demo" -> demo = true;
        case "--dark" -> dark = true;
        case "--server" -> { server = next; i++; }
        case "--user" -> { user = next; i++; }
        case "--password" -> { password = next; i++; }
        case "--lang" -> { locale = next == null ? null : Locale.forLanguageTag(next); i++; }
        default -> { }
      }
    }
    return new PhoneOptions(demo, server, user, password, locale, dark, Clock.systemUTC());
  }

  public boolean autoSignIn() {
    return serverUrl != null && user != null && password != null;
  }
}
