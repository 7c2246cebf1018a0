package com.fieldops.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInLimitsConfigTest {
  @TempDir
  Path dir;

  @Test
  void signInLimitsDefaultToTheCoresAndComeFromTheFileOrTheEnvironment() throws Exception {
    SignInLimits defaults = ConfigLoader.load(null, Map.of()).signIn();
    assertThat(defaults.hashingPermits()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(defaults.failuresPerMinute()).isEqualTo(60);

    Path file = dir.resolve("server.properties");
    Files.writeString(file, "signin.hashing.concurrency=3\nsignin.hashing.queue=5\nsignin.hashing.wait=PT1S\n");
    SignInLimits s = ConfigLoader.load(file, Map.of("FIELDOPS_SIGNIN_FAILURES_PER_MINUTE", "200")).signIn();
    assertThat(s).isEqualTo(new SignInLimits(3, 5, Duration.ofSeconds(1), 200));

    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("FIELDOPS_SIGNIN_HASHING_CONCURRENCY", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signin.hashing.concurrency");
  }
}
