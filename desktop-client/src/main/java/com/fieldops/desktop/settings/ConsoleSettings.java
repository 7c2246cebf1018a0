package com.fieldops.desktop.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the console remembers between runs (server, user, theme, locale, window size and layout),
 * in a small properties file under the user's config directory. Writes go to a temp file and are
 * moved into place so a crash never leaves half a file. Callers save off the UI thread.
 */
public final class ConsoleSettings {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleSettings.class);

  public static final String SERVER = "server";
  public static final String USER = "user";
  public static final String THEME = "theme";
  public static final String LOCALE = "locale";
  public static final String SCREEN = "screen";
  public static final String QUEUE_DIVIDER = "dispatch.queueDivider";
  public static final String TIMELINE_SCALE = "dispatch.timelineScale";

  private final Path file;
  private final Properties values = new Properties();

  private ConsoleSettings(Path file) {
    this.file = file;
  }

  /** {@code $XDG_CONFIG_HOME/fieldops} or {@code ~/.config/fieldops}. */
  public static Path defaultDirectory() {
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank()
        ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("fieldops");
  }

  public static ConsoleSettings load(Path file) {
    ConsoleSettings s = new ConsoleSettings(file);
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        s.values.load(in);
      } catch (IOException e) {
        LOG.warn("Could not read console settings {}; starting with defaults", file, e);
      }
    }
    return s;
  }

  public Path file() {
    return file;
  }

  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key));
  }

  public synchronized String get(String key, String fallback) {
    return values.getProperty(key, fallback);
  }

  public synchronized double getDouble(String key, double fallback) {
    String v = values.getProperty(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  public synchronized void put(String key, String value) {
    if (value == null) {
      values.remove(key);
    } else {
      values.setProperty(key, value);
    }
  }

  public void putDouble(String key, double value) {
    put(key, Double.toString(value));
  }

  public synchronized Optional<WindowBounds> window() {
    try {
      String x = values.getProperty("window.x");
      if (x == null) {
        return Optional.empty();
      }
      return Optional.of(new WindowBounds(Double.parseDouble(x),
          Double.parseDouble(values.getProperty("window.y")),
          Double.parseDouble(values.getProperty("window.width")),
          Double.parseDouble(values.getProperty("window.height")),
          Boolean.parseBoolean(values.getProperty("window.maximized", "false"))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  public synchronized void window(WindowBounds b) {
    values.setProperty("window.x", Double.toString(b.x()));
    values.setProperty("window.y", Double.toString(b.y()));
    values.setProperty("window.width", Double.toString(b.width()));
    values.setProperty("window.height", Double.toString(b.height()));
    values.setProperty("window.maximized", Boolean.toString(b.maximized()));
  }

  /** Writes the file (call from a background task). */
  public void save() {
    Properties copy;
    synchronized (this) {
      copy = new Properties();
      copy.putAll(values);
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        copy.store(out, "FieldOps dispatch console");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warn("Could not save console settings to {}", file, e);
    }
  }

  /** Window position and size; a width or height below the minimum is ignored on restore. */
  public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public boolean usable() {
      return width >= 800 && height >= 560;
    }
  }
}
