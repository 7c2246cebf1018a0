package com.fieldops.server.notify;

import com.fieldops.server.config.OutboxSettings;
import com.fieldops.server.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: claims due entries in a short transaction, sends them with no transaction
 * open (a slow SMTP server must not hold the database), then records each outcome. A failure is
 * retried with exponential back-off; after {@link OutboxSettings#maxAttempts()} failures the entry
 * is DEAD and waits for an admin. A crash between sending and recording means the entry is sent
 * again after its lease: delivery is at least once (webhooks carry a stable delivery id).
 */
public final class OutboxWorker {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

  private final Database db;
  private final Clock clock;
  private final OutboxSettings settings;
  private final NotificationOutbox outbox;
  private final Recipients recipients = new Recipients();
  private final Map<Channel, Sender> senders = new EnumMap<>(Channel.class);

  public OutboxWorker(Database db, Clock clock, OutboxSettings settings, Sender email, Sender webhook) {
    this.db = db;
    this.clock = clock;
    this.settings = settings;
    this.outbox = new NotificationOutbox(db.dialect());
    senders.put(Channel.EMAIL, email);
    senders.put(Channel.WEBHOOK, webhook);
  }

  public static OutboxWorker standard(Database db, Clock clock, OutboxSettings settings) {
    return new OutboxWorker(db, clock, settings, new EmailSender(settings, new StoredReportAttachments(db)),
        new WebhookSender(settings.sendTimeout(), clock));
  }

  /** One round: delivers what is due now. Returns how many entries were attempted. */
  public int runOnce() {
    Instant now = clock.instant();
    // idle check on a reader first, so an idle outbox never takes the SQLite write lock
    boolean anyDue = db.read(c -> com.fieldops.server.storage.Jdbc.queryOne(c,
        "SELECT next_attempt_at FROM notification WHERE state = 'PENDING' ORDER BY next_attempt_at LIMIT 1",
        rs -> rs.getLong(1)).filter(t -> t <= now.toEpochMilli()).isPresent());
    if (!anyDue) {
      return 0;
    }
    List<Notification> claimed = db.write(c -> outbox.claim(c, now, now.plus(settings.lease()),
        settings.batchSize()));
    for (Notification n : claimed) {
      deliver(n);
    }
    return claimed.size();
  }

  private void deliver(Notification n) {
    Optional<Recipient> recipient = n.recipientId() == null ? Optional.empty()
        : db.read(c -> recipients.find(c, n.recipientId()));
    try {
      senders.get(n.channel()).send(n, recipient.orElse(null));
      db.write(c -> {
        outbox.markSent(c, n.id(), clock.instant());
        return null;
      });
      LOG.atInfo().setMessage("notification sent").addKeyValue("event", "notification.sent")
          .addKeyValue("id", n.id()).addKeyValue("kind", n.kind()).addKeyValue("channel", n.channel())
          .addKeyValue("to", n.address()).addKeyValue("workOrderId", n.workOrderId()).addKeyValue("level", n.levelKey())
          .addKeyValue("attempt", n.attempts() + 1).log();
    } catch (DeliveryException | RuntimeException e) {
      int failures = n.attempts() + 1;
      boolean dead = failures >= settings.maxAttempts();
      Instant retryAt = clock.instant().plus(settings.backoff(failures));
      db.write(c -> {
        outbox.markFailed(c, n.id(), e.getMessage(), retryAt, dead);
        return null;
      });
      if (dead) {
        LOG.atWarn().setMessage("notification failed for the last time and is now dead")
            .addKeyValue("event", "notification.dead").addKeyValue("id", n.id()).addKeyValue("kind", n.kind())
            .addKeyValue("channel", n.channel()).addKeyValue("to", n.address()).addKeyValue("attempts", failures)
            .addKeyValue("error", e.getMessage()).log();
      } else {
        LOG.atInfo().setMessage("notification failed, will retry").addKeyValue("event", "notification.failed")
            .addKeyValue("id", n.id()).addKeyValue("channel", n.channel()).addKeyValue("to", n.address())
            .addKeyValue("attempt", failures).addKeyValue("retryAt", retryAt).addKeyValue("error", e.getMessage())
            .log();
      }
    }
  }
}
