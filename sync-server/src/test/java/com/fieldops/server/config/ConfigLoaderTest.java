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
}
