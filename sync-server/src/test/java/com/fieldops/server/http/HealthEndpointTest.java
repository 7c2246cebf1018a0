package com.fieldops.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class HealthEndpointTest {
  @Test
  void healthAnswersUpOnLoopback() throws Exception {
    try (SyncServer server = SyncServer.start(0);
        Response r = new OkHttpClient().newCall(new Request.Builder()
            .url("http://127.0.0.1:" + server.port() + "/health").build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.body().string()).contains("\"status\":\"UP\"");
    }
  }
}
