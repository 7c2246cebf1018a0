package com.fieldops.server.auth;

import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Bearer-token sessions, stored by the token's SHA-256 hash only. */
public final class Sessions {

  /**
   * A session; {@code renewedAt} is set once it was renewed, then it works only until its (cut)
   * expiry and {@code successorSealed} holds the successor token sealed under this token.
   */
  public record Session(String tokenHash, UUID userId, String deviceId, long expiresAtMillis, boolean revoked,
      Long renewedAt, String successorHash, String successorSealed) {}

  public void insert(Connection c, String tokenHash, UUID userId, String deviceId, long nowMillis, long expiresAtMillis)
      throws SQLException {
    Jdbc.update(c, "INSERT INTO user_session (token_hash, user_id, device_id, created_at, expires_at, revoked)"
        + " VALUES (?,?,?,?,?,?)", tokenHash, userId, deviceId, nowMillis, expiresAtMillis, false);
  }

  public Optional<Session> find(Connection c, String tokenHash) throws SQLException {
    return Jdbc.queryOne(c, "SELECT token_hash, user_id, device_id, expires_at, revoked, renewed_at, successor_hash,"
        + " successor_sealed FROM user_session WHERE token_hash = ?", Sessions::map, tokenHash);
  }

  /**
   * Marks a live session renewed at {@code now}: it keeps working until {@code graceEndMillis} (or
   * its own earlier expiry). 0 if it was renewed before or is revoked; the first renewal wins.
   */
  public int markRenewed(Connection c, String tokenHash, long now, long graceEndMillis, String successorHash,
      String successorSealed) throws SQLException {
    return Jdbc.update(c, "UPDATE user_session SET renewed_at = ?, successor_hash = ?, successor_sealed = ?,"
        + " expires_at = CASE WHEN expires_at > ? THEN ? ELSE expires_at END"
        + " WHERE token_hash = ? AND renewed_at IS NULL AND revoked = ?", now, successorHash, successorSealed,
        graceEndMillis, graceEndMillis, tokenHash, false);
  }

  /** Revokes a token and the token it was renewed from (still in its grace period). */
  public int revoke(Connection c, String tokenHash) throws SQLException {
    return Jdbc.update(c, "UPDATE user_session SET revoked = ? WHERE token_hash = ? OR successor_hash = ?", true,
        tokenHash, tokenHash);
  }

  public int revokeAllOf(Connection c, UUID userId) throws SQLException {
    return Jdbc.update(c, "UPDATE user_session SET revoked = ? WHERE user_id = ?", true, userId);
  }

  /** Forgets sessions that ended long ago (expired or revoked), keeping the table small. */
  public int purgeBefore(Connection c, long cutoffMillis) throws SQLException {
    return Jdbc.update(c, "DELETE FROM user_session WHERE expires_at < ?", cutoffMillis);
  }

  private static Session map(ResultSet rs) throws SQLException {
    long renewed = rs.getLong(6);
    Long renewedAt = rs.wasNull() ? null : renewed;
    return new Session(rs.getString(1), Jdbc.uuid(rs, "user_id"), rs.getString(3), rs.getLong(4), rs.getBoolean(5),
        renewedAt, rs.getString(7), rs.getString(8));
  }
}
