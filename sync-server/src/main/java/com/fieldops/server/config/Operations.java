package com.fieldops.server.config;

import java.time.Duration;

/**
 * How the server's pools and background work run. Part of {@link ServerSettings}, loaded by
 * {@link ConfigLoader} like every other setting, so no module reads system properties of its own.
 *
 * @param databasePool          PostgreSQL connections in the pool ({@code db.pool}, 16)
 * @param databaseConnectWait   how long a request waits for a connection before it is answered
 *                              "unavailable" while the database is down ({@code db.connect.timeout.millis}, 5000)
 * @param pushWriters           PostgreSQL: push groups applied at the same time ({@code push.writers}, 2;
 *                              SQLite has one writer whatever this says)
 * @param slaEnabled            whether this instance runs the SLA scheduler and the notification outbox
 *                              ({@code sla.enabled}, true)
 * @param slaTick               how often the SLA scheduler runs ({@code sla.tick.millis}, 500)
 * @param outboxPoll            how often the notification outbox sends ({@code outbox.poll.millis}, 1000)
 * @param stuckAfter            a background round running longer is reported stuck by /health
 *                              ({@code health.stuck.after.seconds}, 60)
 * @param shutdownGrace         how long a stopping server waits for its work before it exits anyway
 *                              ({@code shutdown.seconds}, 8)
 * @param testStallFirstSlaTick test hook of the process tests: the first SLA tick holds the database
 *                              writer this long ({@code test.stall.sla.tick.seconds}, 0 = off; never in production)
 * @param sqlite                SQLite only: the writer's page cache and memory map
 *                              ({@code db.sqlite.cache.mb}, {@code db.sqlite.mmap.mb}; see {@link SqliteMemory})
 */
public record Operations(int databasePool, Duration databaseConnectWait, int pushWriters, boolean slaEnabled,
    Duration slaTick, Duration outboxPoll, Duration stuckAfter, Duration shutdownGrace,
    Duration testStallFirstSlaTick, SqliteMemory sqlite) {

  public Operations {
    if (databasePool < 1) {
      throw new IllegalArgumentException("db.pool must be at least 1");
    }
    if (pushWriters < 1) {
      throw new IllegalArgumentException("push.writers must be at least 1");
    }
    for (Duration d : new Duration[] {databaseConnectWait, slaTick, outboxPoll, stuckAfter}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("db.connect.timeout.millis, sla.tick.millis, outbox.poll.millis and"
            + " health.stuck.after.seconds must be positive");
      }
    }
    if (shutdownGrace.isNegative() || testStallFirstSlaTick.isNegative()) {
      throw new IllegalArgumentException("shutdown.seconds and test.stall.sla.tick.seconds must not be negative");
    }
  }

  public static Operations defaults() {
    return new Operations(16, Duration.ofSeconds(5), 2, true, Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofSeconds(60), Duration.ofSeconds(8), Duration.ZERO, SqliteMemory.defaults());
  }

  public Operations withSlaEnabled(boolean enabled) {
    return new Operations(databasePool, databaseConnectWait, pushWriters, enabled, slaTick, outboxPoll, stuckAfter,
        shutdownGrace, testStallFirstSlaTick, sqlite);
  }

  public Operations withStuckAfter(Duration after) {
    return new Operations(databasePool, databaseConnectWait, pushWriters, slaEnabled, slaTick, outboxPoll, after,
        shutdownGrace, testStallFirstSlaTick, sqlite);
  }

  public Operations withDatabaseConnectWait(Duration wait) {
    return new Operations(databasePool, wait, pushWriters, slaEnabled, slaTick, outboxPoll, stuckAfter,
        shutdownGrace, testStallFirstSlaTick, sqlite);
  }

  public Operations withSqlite(SqliteMemory memory) {
    return new Operations(databasePool, databaseConnectWait, pushWriters, slaEnabled, slaTick, outboxPoll, stuckAfter,
        shutdownGrace, testStallFirstSlaTick, memory);
  }
}
