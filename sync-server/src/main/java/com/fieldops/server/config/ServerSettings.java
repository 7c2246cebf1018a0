package com.fieldops.server.config;

import java.time.Duration;

/**
 * Everything the server is configured with. Built by {@link ConfigLoader} from defaults, an
 * optional properties file and {@code FIELDOPS_*} environment variables (in that order).
 *
 * @param database         a SQLite file path or a {@code jdbc:postgresql:} URL
 * @param maxBodyBytes     larger request bodies get 413
 * @param notifyPollMillis how often the live-event notifier checks the change log when no LISTEN
 *                         connection tells it (SQLite; PostgreSQL while that connection is down)
 * @param renewalGrace     how long a renewed token keeps working, so a renewal whose answer was
 *                         lost can be repeated
 * @param logFormat        {@code text} (one line per event with key=value pairs) or {@code json}
 * @param finishedJobsWindow how long a CLOSED or CANCELLED job stays on its technician's phone after
 *                         it finished ("open and recent" work, docs/decisions/0007); 30 days
 * @param signIn           how many password checks run at once and how many failures are accepted
 * @param operations       pools, background work and shutdown (see {@link Operations})
 * @param delivery         the notification outbox: SMTP server, retries (see {@link OutboxSettings})
 * @param plans            preventive work orders from maintenance plans (see {@link PlanSettings})
 */
public record ServerSettings(String host, int port, String database, String databaseUser, String databasePassword,
    Duration tokenLifetime, long maxBodyBytes, long notifyPollMillis, int argon2MemoryKib, int argon2Iterations,
    Duration renewalGrace, String logFormat, Duration finishedJobsWindow, SignInLimits signIn,
    Operations operations, OutboxSettings delivery, PlanSettings plans) {

  public ServerSettings {
    if (!"text".equals(logFormat) && !"json".equals(logFormat)) {
      throw new IllegalArgumentException("log.format must be text or json, not " + logFormat);
    }
    if (finishedJobsWindow.isNegative() || finishedJobsWindow.isZero()) {
      throw new IllegalArgumentException("scope.finished.window must be positive");
    }
    if (renewalGrace.isNegative()) {
      throw new IllegalArgumentException("token.renewal.grace must not be negative");
    }
  }

  public static ServerSettings defaults() {
    return new ServerSettings("0.0.0.0", 8080, "./data/fieldops.db", null, null, Duration.ofDays(14), 4L << 20, 500,
        19_456, 2, Duration.ofMinutes(2), "text",
        Duration.ofDays(30), SignInLimits.defaults(), Operations.defaults(), OutboxSettings.defaults(), PlanSettings.defaults());
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(host, newPort, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        operations, delivery, plans);
  }

  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        operations, delivery, plans);
  }

  public ServerSettings withDatabase(String newDatabase) {
    return new ServerSettings(host, port, newDatabase, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        operations, delivery, plans);
  }

  public ServerSettings withTokenLifetime(Duration lifetime) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, lifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        operations, delivery, plans);
  }

  public ServerSettings withArgon2(int memoryKib, int iterations) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, memoryKib, iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        operations, delivery, plans);
  }

  public ServerSettings withNotifyPollMillis(long millis) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        millis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        operations, delivery, plans);
  }

  public ServerSettings withRenewalGrace(Duration grace) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, grace, logFormat, finishedJobsWindow, signIn,
        operations, delivery, plans);
  }

  public ServerSettings withFinishedJobsWindow(Duration window) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, window, signIn, operations, delivery, plans);
  }

  public ServerSettings withSignIn(SignInLimits limits) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, limits,
        operations, delivery, plans);
  }

  public ServerSettings withOperations(Operations newOperations) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        newOperations, delivery, plans);
  }

  public ServerSettings withDelivery(OutboxSettings newDelivery) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        operations, newDelivery, plans);
  }

  /** Compatibility: the settings as before plans had settings of their own (plans at their defaults). */
  public ServerSettings(String host, int port, String database, String databaseUser, String databasePassword,
      Duration tokenLifetime, long maxBodyBytes, long notifyPollMillis, int argon2MemoryKib, int argon2Iterations,
      Duration renewalGrace, String logFormat, Duration finishedJobsWindow, SignInLimits signIn,
      Operations operations, OutboxSettings delivery) {
    this(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes, notifyPollMillis,
        argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn, operations, delivery,
        PlanSettings.defaults());
  }

  public ServerSettings withPlans(PlanSettings newPlans) {
    return new ServerSettings(host, port, database, databaseUser, databasePassword, tokenLifetime, maxBodyBytes,
        notifyPollMillis, argon2MemoryKib, argon2Iterations, renewalGrace, logFormat, finishedJobsWindow, signIn,
        operations, delivery, newPlans);
  }

  @Override
  public String toString() {
    return "ServerSettings[host=" + host + ", port=" + port + ", database=" + database + ", tokenLifetime="
        + tokenLifetime + ", renewalGrace=" + renewalGrace + ", maxBodyBytes=" + maxBodyBytes + ", logFormat="
        + logFormat + ", finishedJobsWindow=" + finishedJobsWindow
        + ", signIn=" + signIn + ", operations=" + operations + ", delivery=" + delivery + ", plans=" + plans + "]"; // never the database password
  }
}
