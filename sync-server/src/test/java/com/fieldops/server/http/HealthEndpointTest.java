package com.fieldops.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.config.Operations;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.server.testing.TestServer;
import org.junit.jupiter.api.Test;

class HealthEndpointTest {
  @Test
  void healthMetricsAndOpenApiAnswerWithoutSigningIn() {
    try (TestServer s = TestServer.start(Dialect.SQLITE)) {
      ApiClient anon = s.anonymous();
      ApiClient.Reply health = anon.get("/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body()).contains("\"status\":\"UP\"");
      s.as("admin").get("/api/v1/sync/pull");
      ApiClient.Reply metrics = anon.get("/metrics");
      assertThat(metrics.status()).isEqualTo(200);
      assertThat(metrics.body()).contains("fieldops_http_requests_seconds_count").contains("jvm_memory_used_bytes");
      ApiClient.Reply openApi = anon.get("/api/v1/openapi.json");
      assertThat(openApi.status()).isEqualTo(200);
      assertThat(openApi.json().get("openapi").asText()).startsWith("3.");
    }
  }

  @Test
  void aWriterHeldLongerThanTheThresholdMakesHealthStuckAndNamesIt() throws Exception {
    // the operator's setting health.stuck.after.seconds=1
    Operations operations = Operations.defaults().withStuckAfter(java.time.Duration.ofSeconds(1));
    TestServer s = TestServer.on(Database.open(TestDatabases.setting(Dialect.SQLITE), null, null, operations));
    try (s) {
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
      Thread holder = new Thread(() -> s.db.write(c -> {
        try {
          release.await(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return null;
      }), "test-writer-holder");
      holder.start();
      try {
        Thread.sleep(1_500);
        ApiClient.Reply health = s.anonymous().get("/health");

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().get("status").asText()).isEqualTo("STUCK");
        assertThat(health.json().get("stuck").toString()).contains("database-writer");
        assertThat(health.json().get("tasks").get("database-writer").get("runningSeconds").asDouble())
            .isGreaterThan(1.0);
        assertThat(s.anonymous().get("/metrics").body())
            .contains("fieldops_task_stuck{task=\"database-writer\"} 1.0");
      } finally {
        release.countDown();
        holder.join(5_000);
      }
      // tasks that waited behind the writer finish their round, and health is UP again
      long deadline = System.currentTimeMillis() + 10_000;
      ApiClient.Reply after = s.anonymous().get("/health");
      while (after.status() != 200 && System.currentTimeMillis() < deadline) {
        Thread.sleep(100);
        after = s.anonymous().get("/health");
      }
      assertThat(after.status()).as(after.body()).isEqualTo(200);
    }
  }

  @Test
  void failedSlaClocksAreListedForAdminsOnly() {
    try (TestServer s = TestServer.start(Dialect.SQLITE)) {
      ApiClient.Reply admin = s.as("admin").get("/api/v1/admin/sla/failed-clocks");
      assertThat(admin.status()).isEqualTo(200);
      assertThat(admin.json().get("failedClocks").isArray()).isTrue();
      assertThat(s.as("tech1").get("/api/v1/admin/sla/failed-clocks").status()).isEqualTo(403);
    }
  }
}
