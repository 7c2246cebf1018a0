package com.fieldops.replica.store;

import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL on the durable outbox. */
final class Outbox {
  private Outbox() {}

  static void insert(Connection c, MutationEnvelope m, String action) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO outbox (mutation_id, type, entity_id, base_version, device_id, recorded_at, payload, state, action) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)")) {
      ps.setString(1, m.id().toString());
      ps.setString(2, m.type());
      ps.setString(3, m.entityId() == null ? null : m.entityId().toString());
      if (m.baseVersion() == null) {
        ps.setNull(4, Types.INTEGER);
      } else {
        ps.setLong(4, m.baseVersion());
      }
      ps.setString(5, m.deviceId());
      ps.setString(6, m.recordedAt().toString());
      ps.setString(7, Docs.write(m.payload()));
      ps.setString(8, action);
      ps.executeUpdate();
    }
  }

  private static final String COLUMNS =
      "seq, mutation_id, type, entity_id, base_version, device_id, recorded_at, payload, state, action, code, reason, field, attempts";

  static List<StoredMutation> inStates(Connection c, int limit, OutboxState... states) throws SQLException {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < states.length; i++) {
      in.append(i == 0 ? "?" : ", ?");
    }
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM outbox WHERE state IN (" + in + ") ORDER BY seq LIMIT ?")) {
      for (int i = 0; i < states.length; i++) {
        ps.setString(i + 1, states[i].name());
      }
      ps.setInt(states.length + 1, limit);
      return rows(ps);
    }
  }

  static Optional<StoredMutation> find(Connection c, UUID mutationId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE mutation_id = ?")) {
      ps.setString(1, mutationId.toString());
      return rows(ps).stream().findFirst();
    }
  }

  static List<StoredMutation> rows(PreparedStatement ps) throws SQLException {
    List<StoredMutation> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String entity = rs.getString(4);
        long base = rs.getLong(5);
        Long baseVersion = rs.wasNull() ? null : base;
        MutationEnvelope env = new MutationEnvelope(UUID.fromString(rs.getString(2)), rs.getString(3),
            entity == null ? null : UUID.fromString(entity), baseVersion, rs.getString(6),
            Instant.parse(rs.getString(7)), Docs.parse(rs.getString(8)));
        out.add(new StoredMutation(rs.getLong(1), env, OutboxState.valueOf(rs.getString(9)), rs.getString(10),
            rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14)));
      }
    }
    return out;
  }

  /**
   * Stores the server's verdict; a result for a row that is no longer pending changes nothing. An
   * APPLIED result with a code (some field edits lost to earlier ones) is kept like a rejection so
   * its author reads the reason; what did apply arrives with the pull.
   */
  static boolean storeResult(Connection c, MutationResult r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE outbox SET state = ?, code = ?, reason = ?, field = ? WHERE mutation_id = ? AND state = 'PENDING'")) {
      ps.setString(1, r.isApplied() && r.code() == null ? OutboxState.APPLIED.name() : OutboxState.REJECTED.name());
      ps.setString(2, r.code());
      ps.setString(3, r.reason());
      ps.setString(4, r.field());
      ps.setString(5, r.mutationId().toString());
      return ps.executeUpdate() == 1;
    }
  }

  static void countAttempt(Connection c, List<UUID> ids) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1 WHERE mutation_id = ?")) {
      for (UUID id : ids) {
        ps.setString(1, id.toString());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static int deleteApplied(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE state = 'APPLIED'")) {
      return ps.executeUpdate();
    }
  }

  static boolean delete(Connection c, UUID mutationId, OutboxState state) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE mutation_id = ? AND state = ?")) {
      ps.setString(1, mutationId.toString());
      ps.setString(2, state.name());
      return ps.executeUpdate() == 1;
    }
  }

  static int count(Connection c, OutboxState state) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox WHERE state = ?")) {
      ps.setString(1, state.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
