package com.fieldops.server.auth;

import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Bearer-token sessions, stored by the token's SHA-256 hash only. */
public final class Sessions {

  public record Session(String tokenHash, UUID userId, String deviceId, long expiresAtMillis, boolean revoked) {}

  public void insert(Connection c, String tokenHash, UUID userId, String deviceId, long nowMillis, long expiresAtMillis)
      throws SQLException {
    Jdbc.update(c, "INSERT INTO user_session (token_hash, user_id, device_id, created_at, expires_at, revoked)"
        + " VALUES (?,?,?,?,?,?)", tokenHash, userId, deviceId, nowMillis, expiresAtMillis, false);
  }

  public Optional<Session> find(Connection c, String tokenHash) throws SQLException {
    return Jdbc.queryOne(c, "SELECT token_hash, user_id, device_id, expires_at, revoked FROM user_session"
        + " WHERE token_hash = ?", rs -> new Session(rs.getString(1), Jdbc.uuid(rs, "user_id"), rs.getString(3),
        rs.getLong(4), rs.getBoolean(5)), tokenHash);
  }

  public int revoke(Connection c, String tokenHash) throws SQLException {
    return Jdbc.update(c, "UPDATE user_session SET revoked = ? WHERE token_hash = ?", true, tokenHash);
  }

  public int revokeAllOf(Connection c, UUID userId) throws SQLException {
    return Jdbc.update(c, "UPDATE user_session SET revoked = ? WHERE user_id = ?", true, userId);
  }

  /** Forgets sessions that ended long ago (expired or revoked), keeping the table small. */
  public int purgeBefore(Connection c, long cutoffMillis) throws SQLException {
    return Jdbc.update(c, "DELETE FROM user_session WHERE expires_at < ?", cutoffMillis);
  }
}
