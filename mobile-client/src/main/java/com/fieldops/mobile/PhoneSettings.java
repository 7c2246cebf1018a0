package com.fieldops.mobile;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the phone remembers between starts (server, user, theme): a small properties file in the
 * app's private storage. No password: the replica keeps the session token.
 */
public final class PhoneSettings {
  private static final Logger LOG = LoggerFactory.getLogger(PhoneSettings.class);
  public static final String SERVER = "server";
  public static final String USER = "user";
  public static final String THEME = "theme";
  public static final String TEXT_SIZE = "textSize";

  private final Path file;
  private final Properties values = new Properties();

  private PhoneSettings(Path file) {
    this.file = file;
  }

  public static PhoneSettings load(Path file) {
    PhoneSettings s = new PhoneSettings(file);
    if (Files.isRegularFile(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        s.values.load(r);
      } catch (IOException e) {
        LOG.warn("event=settings.unreadable file={}", file, e);
      }
    }
    return s;
  }

  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
  }

  public synchronized void put(String key, String value) {
    if (value == null) {
      values.remove(key);
    } else {
      values.setProperty(key, value);
    }
  }

  public synchronized void save() {
    try {
      Files.createDirectories(file.getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        values.store(w, "FieldOps technician app");
      }
    } catch (IOException e) {
      LOG.warn("event=settings.notSaved file={}", file, e);
    }
  }
}
