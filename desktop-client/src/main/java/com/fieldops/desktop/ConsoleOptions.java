package com.fieldops.desktop;

import com.fieldops.desktop.settings.ConsoleSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * How the console starts: from the command line ({@code --demo}, {@code --server=URL},
 * {@code --locale=zh-CN}, {@code --config-dir=DIR}) or, in tests, built directly with an injected
 * clock and temporary directories.
 *
 * @param demo          start the sync server with demo data as a child process and fill in the demo dispatcher
 * @param serverUrl     prefills the server address (overrides the remembered one); null = remembered
 * @param user          prefills the user name; null = remembered
 * @param password      prefills the password (demo only)
 * @param locale        null = the setting, else the system's
 */
public record ConsoleOptions(
    boolean demo,
    String serverUrl,
    String user,
    String password,
    Locale locale,
    Path configDirectory,
    Path replicaDirectory,
    Clock clock,
    boolean autoSignIn) {

  // The demo server's dispatcher (the generator lives in the server jar, which the console does not
  // ship); DemoSignInTest keeps these equal to the generator's.
  public static final String DEMO_USER = "dispatcher";
  public static final String DEMO_PASSWORD = "fieldops-demo";

  public Path settingsFile() {
    return configDirectory.resolve("desktop-console.properties");
  }

  public static ConsoleOptions fromArgs(List<String> args) {
    boolean demo = false;
    String server = null;
    Locale locale = null;
    Path config = ConsoleSettings.defaultDirectory();
    for (String a : args) {
      if (a.equals("--demo")) {
        demo = true;
      } else if (a.startsWith("--server=")) {
        server = a.substring("--server=".length());
      } else if (a.startsWith("--locale=")) {
        locale = Locale.forLanguageTag(a.substring("--locale=".length()).replace('_', '-'));
      } else if (a.startsWith("--config-dir=")) {
        config = Path.of(a.substring("--config-dir=".length()));
      }
    }
    return new ConsoleOptions(demo, server, demo ? DEMO_USER : null, demo ? DEMO_PASSWORD : null, locale,
        config, config.resolve("replicas"), Clock.systemDefaultZone(), false);
  }
}
