package com.fieldops.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void theFileOverridesDefaultsAndTheEnvironmentOverridesTheFile() throws Exception {
    Path file = dir.resolve("server.properties");
    Files.writeString(file, "port=9090\ndatabase=jdbc:postgresql://db/fieldops\ntoken.lifetime=PT8H\n");
    ServerSettings s = ConfigLoader.load(file, Map.of("FIELDOPS_PORT", "7070", "FIELDOPS_DATABASE_PASSWORD", "pw"));
    assertThat(s.port()).isEqualTo(7070);
    assertThat(s.database()).isEqualTo("jdbc:postgresql://db/fieldops");
    assertThat(s.databasePassword()).isEqualTo("pw");
    assertThat(s.tokenLifetime()).isEqualTo(Duration.ofHours(8));
    assertThat(s.toString()).doesNotContain("pw");
    assertThat(ConfigLoader.load(null, Map.of()).database()).isEqualTo("./data/fieldops.db");
  }

  @Test
  void aBadValueIsRefusedNamingIt() {
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("FIELDOPS_PORT", "eighty")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eighty");
  }

  @Test
  void logFormatAndRenewalGraceComeFromTheFileOrTheEnvironment() throws Exception {
    Path file = dir.resolve("server.properties");
    Files.writeString(file, "log.format=json\ntoken.renewal.grace=PT5M\n");
    ServerSettings fromFile = ConfigLoader.load(file, Map.of());
    assertThat(fromFile.logFormat()).isEqualTo("json");
    assertThat(fromFile.renewalGrace()).isEqualTo(Duration.ofMinutes(5));
    assertThat(ConfigLoader.load(null, Map.of("FIELDOPS_LOG_FORMAT", "JSON")).logFormat()).isEqualTo("json");
    assertThat(ConfigLoader.load(null, Map.of()).logFormat()).isEqualTo("text");
    assertThat(ConfigLoader.load(null, Map.of()).renewalGrace()).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("FIELDOPS_LOG_FORMAT", "xml")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("log.format");
  }

  @Test
  void poolsBackgroundWorkAndShutdownAreSettingsOfTheFileAndTheEnvironment() throws Exception {
    Path file = dir.resolve("server.properties");
    Files.writeString(file, "db.pool=40\ndb.connect.timeout.millis=1500\npush.writers=4\nsla.enabled=false\n"
        + "sla.tick.millis=250\noutbox.poll.millis=3000\nhealth.stuck.after.seconds=30\n");
    Operations o = ConfigLoader.load(file, Map.of("FIELDOPS_SHUTDOWN_SECONDS", "20", "FIELDOPS_PUSH_WRITERS", "3"))
        .operations();
    assertThat(o.databasePool()).isEqualTo(40);
    assertThat(o.databaseConnectWait()).isEqualTo(Duration.ofMillis(1500));
    assertThat(o.pushWriters()).as("the environment over the file").isEqualTo(3);
    assertThat(o.slaEnabled()).isFalse();
    assertThat(o.slaTick()).isEqualTo(Duration.ofMillis(250));
    assertThat(o.outboxPoll()).isEqualTo(Duration.ofSeconds(3));
    assertThat(o.stuckAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.shutdownGrace()).isEqualTo(Duration.ofSeconds(20));
    assertThat(ConfigLoader.load(null, Map.of()).operations()).isEqualTo(Operations.defaults());
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("FIELDOPS_SLA_ENABLED", "yes")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sla.enabled");
  }

  @Test
  void sqliteMemoryIsASettingOfTheFileAndTheEnvironment() throws Exception {
    Path file = dir.resolve("server.properties");
    Files.writeString(file, "db.sqlite.cache.mb=512\ndb.sqlite.mmap.mb=1024\n");
    SqliteMemory m = ConfigLoader.load(file, Map.of("FIELDOPS_DB_SQLITE_MMAP_MB", "2048")).operations().sqlite();
    assertThat(m.cacheMb()).isEqualTo(512);
    assertThat(m.mmapMb()).as("the environment over the file").isEqualTo(2048);
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("FIELDOPS_DB_SQLITE_CACHE_MB", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("db.sqlite.cache.mb");
  }

  @Test
  void mailAndRetriesAreSettingsOfTheFileAndTheEnvironmentNotSystemProperties() throws Exception {
    Path file = dir.resolve("server.properties");
    Files.writeString(file, "smtp.host=mail.example.test\nsmtp.port=2525\nsmtp.from=service@example.test\n"
        + "notify.first.retry=PT10S\nnotify.max.attempts=5\n");
    System.setProperty("fieldops.smtp.host", "ignored.example.test");
    try {
      OutboxSettings d = ConfigLoader.load(file, Map.of("FIELDOPS_SMTP_PORT", "587", "FIELDOPS_SMTP_STARTTLS", "true"))
          .delivery();
      assertThat(d.smtpHost()).as("the file, not a system property").isEqualTo("mail.example.test");
      assertThat(d.smtpPort()).as("the environment over the file").isEqualTo(587);
      assertThat(d.smtpStartTls()).isTrue();
      assertThat(d.mailFrom()).isEqualTo("service@example.test");
      assertThat(d.firstRetry()).isEqualTo(Duration.ofSeconds(10));
      assertThat(d.maxAttempts()).isEqualTo(5);
      assertThat(ConfigLoader.load(null, Map.of()).delivery()).isEqualTo(OutboxSettings.defaults());
    } finally {
      System.clearProperty("fieldops.smtp.host");
    }
  }
}
