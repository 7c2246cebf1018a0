package com.fieldops.replica.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Key/value settings kept in the replica: cursor, device id, session, user. */
final class SyncState {
  static final String CURSOR = StoreKeys.CURSOR;
  static final String LAST_SYNC = StoreKeys.LAST_SYNC;

  private SyncState() {}

  static Optional<String> get(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static void put(Connection c, String key, String value) throws SQLException {
    if (value == null) {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM sync_state WHERE key = ?")) {
        ps.setString(1, key);
        ps.executeUpdate();
      }
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, key);
      ps.setString(2, value);
      ps.executeUpdate();
    }
  }
}
