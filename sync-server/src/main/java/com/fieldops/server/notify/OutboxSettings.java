package com.fieldops.server.notify;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Delivery settings: the SMTP server, retries and back-off. From {@code FIELDOPS_SMTP_*} /
 * {@code FIELDOPS_NOTIFY_*} environment variables or the same-named system properties in lower case
 * with dots ({@code fieldops.smtp.host}).
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

  /** Defaults overridden by the environment, then by system properties. */
  public static OutboxSettings from(Map<String, String> env, Properties system) {
    OutboxSettings d = defaults();
    return new OutboxSettings(
        get(env, system, "FIELDOPS_SMTP_HOST", d.smtpHost()),
        Integer.parseInt(get(env, system, "FIELDOPS_SMTP_PORT", String.valueOf(d.smtpPort()))),
        get(env, system, "FIELDOPS_SMTP_USER", null),
        get(env, system, "FIELDOPS_SMTP_PASSWORD", null),
        Boolean.parseBoolean(get(env, system, "FIELDOPS_SMTP_STARTTLS", "false")),
        get(env, system, "FIELDOPS_SMTP_FROM", d.mailFrom()),
        Duration.parse(get(env, system, "FIELDOPS_NOTIFY_FIRST_RETRY", d.firstRetry().toString())),
        Duration.parse(get(env, system, "FIELDOPS_NOTIFY_MAX_RETRY", d.maxRetry().toString())),
        Integer.parseInt(get(env, system, "FIELDOPS_NOTIFY_MAX_ATTEMPTS", String.valueOf(d.maxAttempts()))),
        d.lease(), d.sendTimeout(), d.batchSize());
  }

  private static String get(Map<String, String> env, Properties system, String name, String fallback) {
    String prop = system.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
    if (prop != null && !prop.isBlank()) {
      return prop;
    }
    String v = env.get(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Override
  public String toString() {
    return "OutboxSettings[smtp=" + smtpHost + ":" + smtpPort + ", maxAttempts=" + maxAttempts + "]";
  }
}
