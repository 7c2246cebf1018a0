package com.fieldops.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import org.junit.jupiter.api.Test;

class UnexpectedFailureTest {
  @Test
  void aFailureNobodyPlannedForIsAGeneric500WithoutInternals() {
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      ApiClient north = server.as("disp-north");
      server.db.close(); // the database goes away under the running server
      ApiClient.Reply r = north.call("GET", "/api/v1/sync/pull", null, "Accept-Language", "zh-CN");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.json().get("code").asText()).isEqualTo("INTERNAL");
      assertThat(r.json().get("message").asText()).isEqualTo("服务器出错了，已记录日志，请稍后重试。");
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("sqlite").doesNotContain("at com.");
    }
  }
}
