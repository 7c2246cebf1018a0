package com.fieldops.server.auth;

import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/**
 * Slows down guessing: after a few failed sign-ins for one user name from one address, each
 * further attempt must wait twice as long as the last (up to 5 minutes). Stored in the database
 * so every server instance enforces it. Failures older than 15 minutes are forgotten.
 */
final class SignInThrottle {
  static final int FREE_FAILURES = 3;
  private static final long MAX_WAIT_SECONDS = 300;
  private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  /** Seconds the caller must still wait before trying again; 0 if they may try now. */
  long secondsToWait(Connection c, String username, String address, long nowMillis) throws SQLException {
    var row = Jdbc.queryOne(c, "SELECT failures, last_failure_at FROM sign_in_failure WHERE username = ? AND address = ?",
        rs -> new long[] {rs.getLong(1), rs.getLong(2)}, key(username), address);
    if (row.isEmpty()) {
      return 0;
    }
    long failures = row.get()[0];
    long last = row.get()[1];
    if (nowMillis - last > FORGET_AFTER.toMillis() || failures < FREE_FAILURES) {
      return 0;
    }
    long wait = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, failures - FREE_FAILURES + 1));
    long readyAt = last + wait * 1000;
    return readyAt <= nowMillis ? 0 : (readyAt - nowMillis + 999) / 1000;
  }

  void recordFailure(Connection c, String username, String address, long nowMillis) throws SQLException {
    Jdbc.update(c, "INSERT INTO sign_in_failure (username, address, failures, last_failure_at) VALUES (?,?,1,?)"
        + " ON CONFLICT (username, address) DO UPDATE SET"
        + " failures = CASE WHEN ? - sign_in_failure.last_failure_at > ? THEN 1 ELSE sign_in_failure.failures + 1 END,"
        + " last_failure_at = ?", key(username), address, nowMillis, nowMillis, FORGET_AFTER.toMillis(), nowMillis);
  }

  void reset(Connection c, String username, String address) throws SQLException {
    Jdbc.update(c, "DELETE FROM sign_in_failure WHERE username = ? AND address = ?", key(username), address);
  }

  private static String key(String username) {
    return username.toLowerCase(Locale.ROOT);
  }
}
