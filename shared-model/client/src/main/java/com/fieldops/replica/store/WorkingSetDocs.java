package com.fieldops.replica.store;

import com.fieldops.protocol.Change;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The records taken from the working set (docs/decisions/0031, table working_set_doc): each is the
 * server's state as of the log position {@code until}, so a pulled row up to there of one of them is
 * already reflected and is skipped. Without this, a REMOVE of the same version (a customer who left
 * with one job and came back with another) would hide it until the page that brings it back.
 */
final class WorkingSetDocs {
  static final WorkingSetDocs NONE = new WorkingSetDocs(0, Set.of());

  private final long until;
  private final Set<String> keys;

  private WorkingSetDocs(long until, Set<String> keys) {
    this.until = until;
    this.keys = keys;
  }

  /** The records held from a working set, for a pulled page; NONE once the whole scope is held. */
  static WorkingSetDocs of(Connection c, List<Change> page) throws SQLException {
    long until = SyncState.get(c, StoreKeys.SCOPE_ARRIVING).map(Long::parseLong).orElse(0L);
    // pages come in log order: one starting after the working set's position has nothing it reflects
    if (until <= 0 || page.isEmpty() || page.get(0).seq() > until) {
      return NONE;
    }
    Set<String> keys = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT type, id FROM working_set_doc");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        keys.add(rs.getString(1) + '/' + rs.getString(2));
      }
    }
    return keys.isEmpty() ? NONE : new WorkingSetDocs(until, keys);
  }

  /** Whether {@code ch} is a log row the working set's copy of its record already reflects. */
  boolean reflects(Change ch) {
    return ch.seq() > 0 && ch.seq() <= until && keys.contains(ch.entityType() + '/' + ch.entityId());
  }

  static void remember(Connection c, List<Change> changes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO working_set_doc (type, id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      for (Change ch : changes) {
        ps.setString(1, ch.entityType());
        ps.setString(2, ch.entityId().toString());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static void forget(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM working_set_doc")) {
      ps.executeUpdate();
    }
  }
}
