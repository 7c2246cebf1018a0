package com.fieldops.server.storage;

import com.fieldops.common.json.Json;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every applied mutation with its result: the idempotency record (a replay returns the stored
 * result) and the audit trail (who, which device, device time, server time, what) in one row.
 */
public final class AppliedMutations {

  /**
   * One applied mutation as stored. {@code resultJson} is null for a plain APPLIED (most rows): it
   * is rebuilt from the id, so the row does not carry it; see {@link #resultOf}.
   */
  public record Entry(UUID id, String type, UUID entityId, UUID userId, String deviceId, long recordedAtMillis,
      long receivedAtMillis, String resultJson, String payloadJson) {
    /** The stored result as JSON, a plain APPLIED written out. */
    public String result() {
      return resultOf(id, resultJson);
    }
  }

  /** What a row stores of a result: nothing for a plain APPLIED (most rows), else its JSON. */
  public static String stored(MutationResult result) {
    boolean plain = result.status() == MutationStatus.APPLIED && result.code() == null;
    return plain ? null : Json.write(result);
  }

  /** The result JSON of a stored row: the stored text, or a plain APPLIED when none was stored. */
  public static String resultOf(UUID id, String storedJson) {
    return storedJson != null ? storedJson : "{\"mutationId\":\"" + id + "\",\"status\":\"APPLIED\"}";
  }

  /** A mutation applied before: its stored result (JSON, never null) and who sent it. */
  public record Prior(String resultJson, UUID userId) {}

  /** Stored results (JSON, never null) of the mutations among {@code ids} that were applied before. */
  public Map<UUID, String> results(Connection c, Collection<UUID> ids) throws SQLException {
    Map<UUID, String> out = new HashMap<>();
    priors(c, ids).forEach((id, prior) -> out.put(id, prior.resultJson()));
    return out;
  }

  /** The mutations among {@code ids} that were applied before, with their result and author. */
  public Map<UUID, Prior> priors(Connection c, Collection<UUID> ids) throws SQLException {
    Map<UUID, Prior> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<UUID> list = List.copyOf(ids);
    int chunk = 200;
    for (int from = 0; from < list.size(); from += chunk) {
      List<UUID> part = list.subList(from, Math.min(list.size(), from + chunk));
      String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
      for (var row : Jdbc.query(c, "SELECT id, result, user_id FROM applied_mutation WHERE id IN (" + marks + ")",
          rs -> {
            UUID id = Jdbc.uuid(rs, "id");
            return Map.entry(id, new Prior(resultOf(id, rs.getString(2)), Jdbc.uuid(rs, "user_id")));
          }, part.toArray())) {
        out.put(row.getKey(), row.getValue());
      }
    }
    return out;
  }

  public void insertAll(Connection c, Collection<Entry> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO applied_mutation (id, type, entity_id, user_id,"
        + " device_id, recorded_at, received_at, result, payload) VALUES (?,?,?,?,?,?,?,?,?)")) {
      for (Entry e : entries) {
        Jdbc.bind(ps, e.id(), e.type(), e.entityId(), e.userId(), e.deviceId(), e.recordedAtMillis(),
            e.receivedAtMillis(), e.resultJson(), e.payloadJson());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Newest first, optionally for one user, one entity and a received-at window. */
  public List<Entry> query(Connection c, UUID userId, UUID entityId, Long fromMillis, Long toMillis, int limit)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT id, type, entity_id, user_id, device_id, recorded_at, received_at,"
        + " result, payload FROM applied_mutation WHERE 1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (userId != null) {
      sql.append(" AND user_id = ?");
      params.add(userId);
    }
    if (entityId != null) {
      sql.append(" AND entity_id = ?");
      params.add(entityId);
    }
    if (fromMillis != null) {
      sql.append(" AND received_at >= ?");
      params.add(fromMillis);
    }
    if (toMillis != null) {
      sql.append(" AND received_at < ?");
      params.add(toMillis);
    }
    sql.append(" ORDER BY received_at DESC, id DESC LIMIT ?");
    params.add(limit);
    return Jdbc.query(c, sql.toString(), rs -> new Entry(Jdbc.uuid(rs, "id"), rs.getString(2),
        Jdbc.uuid(rs, "entity_id"), Jdbc.uuid(rs, "user_id"), rs.getString(5), rs.getLong(6), rs.getLong(7),
        rs.getString(8), rs.getString(9)), params.toArray());
  }

  public long count(Connection c) throws SQLException {
    return Jdbc.queryLong(c, "SELECT COUNT(*) FROM applied_mutation");
  }
}
