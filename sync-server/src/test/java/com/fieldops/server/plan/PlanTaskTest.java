package com.fieldops.server.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldops.server.config.ConfigLoader;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The generator as an operator sees it: a task in /health, and its settings like every other. */
class PlanTaskTest {
  @Test
  void theGeneratorRunsAtStartUpAndShowsInHealth() {
    try (TestServer s = TestServer.start(Dialect.SQLITE)) {
      Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
        ApiClient.Reply health = s.anonymous().get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("tasks").get(PlanModule.TASK).get("lastSuccess").isNull()).isFalse();
      });
    }
  }

  @Test
  void horizonTickAndSwitchComeFromTheFileOrTheEnvironment() {
    ServerSettings defaults = ConfigLoader.load(null, Map.of());
    ServerSettings set = ConfigLoader.load(null, Map.of("FIELDOPS_PLANS_HORIZON_DAYS", "30",
        "FIELDOPS_PLANS_TICK_SECONDS", "600", "FIELDOPS_PLANS_ENABLED", "false"));

    assertThat(defaults.plans().horizonDays()).isEqualTo(14);
    assertThat(defaults.plans().enabled()).isTrue();
    assertThat(set.plans().horizonDays()).isEqualTo(30);
    assertThat(set.plans().tick()).isEqualTo(Duration.ofMinutes(10));
    assertThat(set.plans().enabled()).isFalse();
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("FIELDOPS_PLANS_HORIZON_DAYS", "-1")))
        .hasMessageContaining("plans.horizon.days");
  }
}
