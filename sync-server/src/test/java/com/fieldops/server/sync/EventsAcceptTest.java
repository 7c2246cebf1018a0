package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import org.junit.jupiter.api.Test;

/** The live-event address says what it is to a caller that did not ask for an event stream. */
class EventsAcceptTest {
  @Test
  void askingForTheEventsWithoutAcceptingAnEventStreamIs406WithAReason() {
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      ApiClient tech = server.as("tech1");
      ApiClient.Reply plain = tech.call("GET", "/api/v1/events", null, "Accept", "application/json");
      assertThat(plain.status()).isEqualTo(406);
      assertThat(plain.json().get("code").asText()).isEqualTo("NOT_ACCEPTABLE");
      assertThat(plain.json().get("message").asText()).contains("Accept: text/event-stream");

      ApiClient.Reply zh = tech.call("GET", "/api/v1/events", null, "Accept-Language", "zh-CN");
      assertThat(zh.status()).as("no Accept header at all").isEqualTo(406);
      assertThat(zh.json().get("message").asText()).contains("实时事件流");

      assertThat(server.anonymous().call("GET", "/api/v1/events", null).status()).as("without a token")
          .isEqualTo(401);
    }
  }
}
