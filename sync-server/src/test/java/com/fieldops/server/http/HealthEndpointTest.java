package com.fieldops.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
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
}
