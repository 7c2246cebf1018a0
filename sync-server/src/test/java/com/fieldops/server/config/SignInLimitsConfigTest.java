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
    assertThat(defaults.trustedProxies()).isEmpty();

    Path file = dir.resolve("server.properties");
    Files.writeString(file, "signin.hashing.concurrency=3\nsignin.hashing.queue=5\nsignin.hashing.wait=PT1S\n");
    SignInLimits s = ConfigLoader.load(file, Map.of("FIELDOPS_TRUSTED_PROXIES", "10.0.0.5, 10.0.0.6")).signIn();
    assertThat(s).isEqualTo(new SignInLimits(3, 5, Duration.ofSeconds(1), java.util.List.of("10.0.0.5", "10.0.0.6")));

    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("FIELDOPS_SIGNIN_HASHING_CONCURRENCY", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signin.hashing.concurrency");
  }
}
