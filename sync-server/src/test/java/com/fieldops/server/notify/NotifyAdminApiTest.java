package com.fieldops.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NotifyAdminApiTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Dialect.SQLITE);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private UUID deadEntry() {
    UUID id = Ids.newId();
    Instant now = Instant.now();
    server.db.write(c -> {
      new NotificationOutbox(server.db.dialect()).enqueueAll(c, List.of(new Notification(id, Notification.FIRED,
          Ids.newId(), "RESPONSE:BREACH", Ids.newId(), Channel.EMAIL, "sup@example.com", Locale.ENGLISH, null,
          "subject", "body", null, NotificationState.DEAD, 8, now.plusSeconds(3600), "SMTP: refused", now, null)));
      return null;
    });
    return id;
  }

  @Test
  void adminsSeeDeadNotificationsAndCanSendThemAgain() {
    UUID id = deadEntry();
    ApiClient admin = server.as("admin");
    ApiClient.Reply list = admin.get("/api/v1/admin/notifications?state=DEAD");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().path("notifications").findValuesAsText("id")).contains(id.toString());
    assertThat(list.body()).contains("SMTP: refused");

    ApiClient.Reply retry = admin.post("/api/v1/admin/notifications/" + id + "/retry", "");
    assertThat(retry.status()).isEqualTo(200);
    assertThat(admin.get("/api/v1/admin/notifications?state=DEAD").json().path("notifications")
        .findValuesAsText("id")).doesNotContain(id.toString());
    assertThat(admin.post("/api/v1/admin/notifications/" + id + "/retry", "").status()).isEqualTo(404);
  }

  @Test
  void onlyAdminsMayLookAtTheOutbox() {
    assertThat(server.as("disp-north").get("/api/v1/admin/notifications").status()).isEqualTo(403);
    assertThat(server.anonymous().get("/api/v1/admin/notifications").status()).isEqualTo(401);
  }

  @Test
  void recipientsAreValidatedWithTheFieldNamedAndSecretsNeverShown() {
    ApiClient admin = server.as("admin");
    ApiClient.Reply bad = admin.post("/api/v1/admin/notify/recipients",
        "{\"target\":\"SUPERVISOR\",\"channel\":\"PIGEON\",\"address\":\"x\",\"locale\":\"en\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("field").asText()).isEqualTo("channel");
    ApiClient.Reply chinese = admin.call("POST", "/api/v1/admin/notify/recipients",
        "{\"target\":\"SUPERVISOR\",\"channel\":\"WEBHOOK\",\"address\":\"http://127.0.0.1:1/h\",\"locale\":\"en\"}",
        "Accept-Language", "zh-CN");
    assertThat(chinese.status()).isEqualTo(400);
    assertThat(chinese.json().path("field").asText()).isEqualTo("secret");
    assertThat(chinese.json().path("message").asText()).contains("密钥");

    ApiClient.Reply ok = admin.post("/api/v1/admin/notify/recipients", "{\"target\":\"ANY\",\"region\":\"north\","
        + "\"channel\":\"WEBHOOK\",\"address\":\"https://hooks.example.com/fieldops\",\"locale\":\"zh-CN\","
        + "\"secret\":\"0123456789abcdef0123\"}");
    assertThat(ok.status()).isEqualTo(201);
    ApiClient.Reply all = admin.get("/api/v1/admin/notify/recipients");
    assertThat(all.body()).contains("hooks.example.com").doesNotContain("0123456789abcdef0123");
  }
}
