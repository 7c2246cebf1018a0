package com.fieldops.server.report.page;

import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Slows down guessing of customer links the way sign-in failures are slowed (the same capped doubling,
 * in the same table, sign_in_failure, under a key of its own): per client address, after
 * {@value #FREE} links that open nothing each further try waits twice as long as the last, at most
 * {@value #MAX_WAIT_SECONDS} s; one failure is forgotten every minute. A valid link never counts.
 * Stored in the database so every server instance enforces it.
 */
final class LinkGuessThrottle {
  static final int FREE = 10;
  static final long MAX_WAIT_SECONDS = 60;
  private static final Duration LEAK = Duration.ofMinutes(1);
  private static final String ANY = "*";

  /** Seconds the address must wait before its next try; 0 if it may try now. */
  long waitSeconds(Connection c, String address, long now) throws SQLException {
    var row = Jdbc.queryOne(c, "SELECT failures, last_failure_at FROM sign_in_failure WHERE username = ? AND address = ?",
        rs -> new long[] {rs.getLong(1), rs.getLong(2)}, key(address), ANY);
    if (row.isEmpty()) {
      return 0;
    }
    long failures = row.get()[0];
    long last = row.get()[1];
    if (failures - (now - last) / LEAK.toMillis() < FREE) {
      return 0;
    }
    long wait = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, failures - FREE + 1));
    long readyAt = last + wait * 1000;
    return readyAt <= now ? 0 : (readyAt - now + 999) / 1000;
  }

  void recordFailure(Connection c, String address, long now) throws SQLException {
    String remaining = "(sign_in_failure.failures - (? - sign_in_failure.last_failure_at) / ?)";
    Jdbc.update(c, "INSERT INTO sign_in_failure (username, address, failures, last_failure_at) VALUES (?,?,1,?)"
        + " ON CONFLICT (username, address) DO UPDATE SET"
        + " failures = CASE WHEN " + remaining + " > 0 THEN " + remaining + " ELSE 0 END + 1,"
        + " last_failure_at = ?", key(address), ANY, now, now, LEAK.toMillis(), now, LEAK.toMillis(), now);
  }

  private static String key(String address) {
    return "customer-link:" + address;
  }
}
