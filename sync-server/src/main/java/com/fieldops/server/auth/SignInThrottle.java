package com.fieldops.server.auth;

import com.fieldops.server.storage.Jdbc;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Slows down password guessing by counting failed sign-ins two ways, whatever the other says:
 * <ul>
 *   <li><b>per account</b>, from any address: after {@value #ACCOUNT_FREE} failures each further
 *       attempt on that account waits twice as long as the last, <b>capped at
 *       {@value #MAX_WAIT_SECONDS} s</b>: a stranger can delay a named user, never lock them out
 *       for longer than that after their last wrong guess. One failure is forgotten every 3 minutes.</li>
 *   <li><b>per address</b>, for any account: after {@value #ADDRESS_FREE} failures the same capped
 *       doubling, so one client cannot spread its guesses over many accounts (10 users × 3 guesses).
 *       One failure is forgotten every minute. Behind a load balancer the address is the client's
 *       (see {@code trusted.proxies}), not the balancer's.</li>
 * </ul>
 * There is deliberately no budget for everyone together: whoever could exhaust it would stop every
 * user's sign-in, which is the outage this class exists to prevent.
 * A refused attempt is not a failure (it checks no password); a successful sign-in clears its
 * account's count but not the address's (else one known password would reset them).
 * Stored in the database so every server instance enforces it. Account keys are hashes of the
 * typed name: whatever was typed into the user-name field (sometimes a password) is never stored.
 */
final class SignInThrottle {
  static final int ACCOUNT_FREE = 5;
  static final int ADDRESS_FREE = 10;
  static final long MAX_WAIT_SECONDS = 60;
  private static final Duration ACCOUNT_LEAK = Duration.ofMinutes(3);
  private static final Duration ADDRESS_LEAK = Duration.ofMinutes(1);
  private static final Duration STALE = Duration.ofHours(1);
  /** The address column of the rows kept here (the table's key was once user name and address). */
  private static final String ANY = "*";

  /** Why and how long a caller must wait; {@link #NONE} if they may try now. */
  record Verdict(long waitSeconds, String reason) {
    static final Verdict NONE = new Verdict(0, null);

    boolean refused() {
      return waitSeconds > 0;
    }

    Verdict max(Verdict other) {
      return other.waitSeconds > waitSeconds ? other : this;
    }
  }

  Verdict verdict(Connection c, String username, String address, long nowMillis) throws SQLException {
    return doubling(c, accountKey(username), ACCOUNT_FREE, ACCOUNT_LEAK, nowMillis, "account")
        .max(doubling(c, addressKey(address), ADDRESS_FREE, ADDRESS_LEAK, nowMillis, "address"));
  }

  void recordFailure(Connection c, String username, String address, long nowMillis) throws SQLException {
    countDoubling(c, accountKey(username), ACCOUNT_LEAK, nowMillis);
    countDoubling(c, addressKey(address), ADDRESS_LEAK, nowMillis);
    Jdbc.update(c, "DELETE FROM sign_in_failure WHERE last_failure_at < ?", nowMillis - STALE.toMillis());
  }

  /** The account's owner proved their password: their own count starts again. */
  void reset(Connection c, String username) throws SQLException {
    Jdbc.update(c, "DELETE FROM sign_in_failure WHERE username = ? AND address = ?", accountKey(username), ANY);
  }

  /** Capped doubling once {@code free} failures (less those forgotten since) are reached. */
  private static Verdict doubling(Connection c, String key, int free, Duration leak, long now, String reason)
      throws SQLException {
    var row = Jdbc.queryOne(c, "SELECT failures, last_failure_at FROM sign_in_failure WHERE username = ? AND address = ?",
        rs -> new long[] {rs.getLong(1), rs.getLong(2)}, key, ANY);
    if (row.isEmpty()) {
      return Verdict.NONE;
    }
    long failures = row.get()[0];
    long last = row.get()[1];
    if (failures - (now - last) / leak.toMillis() < free) {
      return Verdict.NONE;
    }
    long wait = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(20, failures - free + 1));
    long readyAt = last + wait * 1000;
    return readyAt <= now ? Verdict.NONE : new Verdict((readyAt - now + 999) / 1000, reason);
  }

  private static void countDoubling(Connection c, String key, Duration leak, long now) throws SQLException {
    String remaining = "(sign_in_failure.failures - (? - sign_in_failure.last_failure_at) / ?)";
    Jdbc.update(c, "INSERT INTO sign_in_failure (username, address, failures, last_failure_at) VALUES (?,?,1,?)"
        + " ON CONFLICT (username, address) DO UPDATE SET"
        + " failures = CASE WHEN " + remaining + " > 0 THEN " + remaining + " ELSE 0 END + 1,"
        + " last_failure_at = ?", key, ANY, now, now, leak.toMillis(), now, leak.toMillis(), now);
  }

  private static String accountKey(String username) {
    return "account:" + sha256(username.toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
