package com.fieldops.server.notify;

import com.fieldops.server.config.OutboxSettings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.Priority;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationTrigger;
import com.fieldops.sla.Milestone;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboxDeliveryTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private static final String SECRET = "a-webhook-secret-of-some-length";

  private Database db;
  private MutableClock clock;
  private WebhookReceiver receiver;
  private OutboxWorker worker;
  private NotificationOutbox outbox;
  private OutboxSettings settings;

  @BeforeEach
  void setUp() throws Exception {
    db = TestDatabases.open(Dialect.SQLITE);
    clock = new MutableClock(NOW);
    receiver = new WebhookReceiver();
    settings = OutboxSettings.defaults().withSmtp("127.0.0.1", SMTP.getSmtp().getPort())
        .withRetries(Duration.ofSeconds(30), Duration.ofMinutes(10), 3);
    worker = OutboxWorker.standard(db, clock, settings);
    outbox = new NotificationOutbox(db.dialect());
  }

  @AfterEach
  void tearDown() {
    receiver.close();
    db.close();
  }

  private NotificationTemplates.EscalationFacts breach() {
    return new NotificationTemplates.EscalationFacts("WO-2026-000042", Milestone.ONSITE, EscalationTrigger.breach(),
        List.of(EscalationAction.notify(EscalationAction.NotifyTarget.SUPERVISOR), EscalationAction.raisePriority()),
        Priority.P1, "Acme Corp", "Shanghai plant", "Chiller down", Instant.parse("2026-03-02T06:00:00Z"),
        Instant.parse("2026-03-02T06:00:00Z"), 0, ZoneId.of("Asia/Shanghai"));
  }

  private Notification enqueue(Channel channel, String address, Locale locale, UUID recipientId) {
    NotificationTemplates.Message m = new NotificationTemplates().fired(breach(), locale);
    Notification n = new Notification(Ids.newId(), Notification.FIRED, Ids.newId(), "ONSITE:BREACH", Ids.newId(),
        channel, address, locale, recipientId, m.subject(), m.body(), "{\"kind\":\"ESCALATION_FIRED\"}",
        NotificationState.PENDING, 0, clock.instant(), null, clock.instant(), null);
    db.write(c -> {
      outbox.enqueueAll(c, List.of(n));
      return null;
    });
    return n;
  }

  private Notification stored(UUID id) {
    return db.read(c -> outbox.byState(c, NotificationState.PENDING, 100).stream().filter(n -> n.id().equals(id))
        .findFirst().or(() -> {
          try {
            return java.util.stream.Stream.concat(outbox.byState(c, NotificationState.SENT, 100).stream(),
                outbox.byState(c, NotificationState.DEAD, 100).stream()).filter(n -> n.id().equals(id)).findFirst();
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        })).orElseThrow();
  }

  @Test
  void emailReachesTheSmtpServerInTheRecipientsLanguageWithSiteLocalTimes() throws Exception {
    Notification n = enqueue(Channel.EMAIL, "li.wei@example.com", Locale.SIMPLIFIED_CHINESE, null);
    assertThat(worker.runOnce()).isEqualTo(1);

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("li.wei@example.com");
    // 06:00 UTC is 14:00 in Shanghai
    assertThat(received[0].getSubject()).isEqualTo(n.subject()).contains("SLA 已违约").contains("到场")
        .contains("2026年3月2日 下午2:00").contains("Asia/Shanghai");
    String body = String.valueOf(received[0].getContent());
    assertThat(body).contains("优先级已提升为 P1").contains("客户：Acme Corp");
    assertThat(stored(n.id()).state()).isEqualTo(NotificationState.SENT);
    assertThat(worker.runOnce()).isZero();
  }

  @Test
  void englishTemplatesReadAsSentences() {
    NotificationTemplates.Message m = new NotificationTemplates().fired(breach(), Locale.ENGLISH);
    assertThat(m.subject()).isEqualTo("[WO-2026-000042] SLA breached: On site target was due Mar 2, 2026, 2:00 PM"
        + " (Asia/Shanghai)");
    assertThat(m.body()).contains("The On site target of work order WO-2026-000042 was missed.")
        .contains("- Notified: the supervisor").contains("- Priority raised to P1.");
  }

  @Test
  void webhookIsPostedAsJsonWithAVerifiableHmacSignature() throws Exception {
    UUID recipientId = Ids.newId();
    db.write(c -> {
      new Recipients().add(c, new Recipient(recipientId, Recipient.ANY, null, Channel.WEBHOOK, receiver.url(),
          Locale.ENGLISH, SECRET), clock.instant());
      return null;
    });
    Notification n = enqueue(Channel.WEBHOOK, receiver.url(), Locale.ENGLISH, recipientId);
    worker.runOnce();

    assertThat(receiver.calls).hasSize(1);
    WebhookReceiver.Call call = receiver.calls.get(0);
    assertThat(call.header("Content-Type")).startsWith("application/json");
    assertThat(call.header(WebhookSender.DELIVERY)).isEqualTo(n.id().toString());
    String timestamp = call.header(WebhookSender.TIMESTAMP);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = "sha256=" + HexFormat.of().formatHex(
        mac.doFinal((timestamp + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
    assertThat(call.header(WebhookSender.SIGNATURE)).isEqualTo(expected);
    JsonNode json = Json.mapper().readTree(call.body());
    assertThat(json.path("kind").asText()).isEqualTo("ESCALATION_FIRED");
    assertThat(stored(n.id()).state()).isEqualTo(NotificationState.SENT);
  }

  @Test
  void failuresAreRetriedWithExponentialBackOffThenDeadAfterTheLastAttempt() {
    receiver.status.set(500);
    Notification n = enqueue(Channel.WEBHOOK, receiver.url(), Locale.ENGLISH, null);

    assertThat(worker.runOnce()).isEqualTo(1);
    Notification after1 = stored(n.id());
    assertThat(after1.attempts()).isEqualTo(1);
    assertThat(after1.state()).isEqualTo(NotificationState.PENDING);
    assertThat(after1.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(after1.lastError()).contains("500");

    clock.advance(Duration.ofSeconds(29));
    assertThat(worker.runOnce()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(worker.runOnce()).isEqualTo(1);
    Notification after2 = stored(n.id());
    assertThat(after2.attempts()).isEqualTo(2);
    assertThat(after2.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30 + 60));

    clock.advance(Duration.ofSeconds(60));
    assertThat(worker.runOnce()).isEqualTo(1);
    Notification dead = stored(n.id());
    assertThat(dead.state()).isEqualTo(NotificationState.DEAD);
    assertThat(dead.attempts()).isEqualTo(3);
    clock.advance(Duration.ofHours(1));
    assertThat(worker.runOnce()).isZero();
    assertThat(receiver.calls).hasSize(3);

    // an admin sends it again once the receiver is fixed
    receiver.status.set(204);
    boolean retried = db.write(c -> outbox.retry(c, n.id(), clock.instant()));
    assertThat(retried).isTrue();
    assertThat(worker.runOnce()).isEqualTo(1);
    assertThat(stored(n.id()).state()).isEqualTo(NotificationState.SENT);
  }

  @Test
  void anUnreachableSmtpServerCountsAsAFailedAttempt() {
    OutboxWorker broken = OutboxWorker.standard(db, clock, settings.withSmtp("127.0.0.1", 1));
    Notification n = enqueue(Channel.EMAIL, "ops@example.com", Locale.ENGLISH, null);
    assertThat(broken.runOnce()).isEqualTo(1);
    assertThat(stored(n.id()).attempts()).isEqualTo(1);
    assertThat(stored(n.id()).lastError()).startsWith("SMTP");
  }

  @Test
  void backOffDoublesUpToItsCap() {
    OutboxSettings s = OutboxSettings.defaults().withRetries(Duration.ofSeconds(30), Duration.ofMinutes(5), 8);
    assertThat(List.of(s.backoff(1), s.backoff(2), s.backoff(3), s.backoff(4), s.backoff(5), s.backoff(6)))
        .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120),
            Duration.ofSeconds(240), Duration.ofMinutes(5), Duration.ofMinutes(5));
  }
}
