package com.fieldops.server.config;

import java.time.Duration;

/**
 * Delivery settings of the notification outbox: the SMTP server, retries and back-off. Part of
 * {@link ServerSettings}, loaded by {@link ConfigLoader} from the properties file ({@code smtp.host},
 * {@code smtp.port}, {@code smtp.user}, {@code smtp.password}, {@code smtp.starttls}, {@code smtp.from},
 * {@code notify.first.retry}, {@code notify.max.retry}, {@code notify.max.attempts}) and the
 * {@code FIELDOPS_*} variables named after them ({@code FIELDOPS_SMTP_HOST} ...).
 *
 * @param firstRetry  back-off after the first failure; doubled after each further failure
 * @param maxRetry    back-off never grows beyond this
 * @param maxAttempts after this many failed attempts the entry is DEAD (visible to admins)
 * @param lease       how long a claimed entry is reserved for one sender before another may retry
 */
public record OutboxSettings(String smtpHost, int smtpPort, String smtpUser, String smtpPassword, boolean smtpStartTls,
    String mailFrom, Duration firstRetry, Duration maxRetry, int maxAttempts, Duration lease, Duration sendTimeout,
    int batchSize) {

  public static OutboxSettings defaults() {
    return new OutboxSettings(null, 25, null, null, false, "fieldops@localhost", Duration.ofSeconds(30),
        Duration.ofHours(1), 8, Duration.ofMinutes(2), Duration.ofSeconds(10), 50);
  }

  public OutboxSettings withSmtp(String host, int port) {
    return new OutboxSettings(host, port, smtpUser, smtpPassword, smtpStartTls, mailFrom, firstRetry, maxRetry,
        maxAttempts, lease, sendTimeout, batchSize);
  }

  public OutboxSettings withRetries(Duration first, Duration max, int attempts) {
    return new OutboxSettings(smtpHost, smtpPort, smtpUser, smtpPassword, smtpStartTls, mailFrom, first, max, attempts,
        lease, sendTimeout, batchSize);
  }

  /** The back-off after {@code failures} failed attempts (1 = the first failure). */
  public Duration backoff(int failures) {
    Duration d = firstRetry;
    for (int i = 1; i < failures && d.compareTo(maxRetry) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(maxRetry) > 0 ? maxRetry : d;
  }

  @Override
  public String toString() {
    return "OutboxSettings[smtp=" + smtpHost + ":" + smtpPort + ", maxAttempts=" + maxAttempts + "]";
  }
}
