package com.fieldops.server.storage;

import com.fieldops.protocol.ChangeOp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only change log. Numbers come from the one counter row, updated inside the writing
 * transaction: the row lock (PostgreSQL) or the single writer (SQLite) is held until commit, so a
 * transaction holding number n commits before anyone can take n + 1, and a reader's cursor can
 * never jump over a change that becomes visible later (docs/decisions/0001).
 */
public final class ChangeLog {
  private static final String COLUMNS = "seq, entity_type, entity_id, version, op, data";
  /** The region value of rows for every office (customers, contacts). */
  public static final String ALL_OFFICES = "*";

  /** Appends rows in order; call last in a write transaction to keep the counter lock short. */
  public long append(Connection c, List<ChangeRow> rows, long nowMillis) throws SQLException {
    if (rows.isEmpty()) {
      return -1;
    }
    long last;
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE change_counter SET last_seq = last_seq + ? WHERE id = 1 RETURNING last_seq")) {
      ps.setLong(1, rows.size());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        last = rs.getLong(1);
      }
    }
    long seq = last - rows.size() + 1;
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO change_log (seq, entity_type, entity_id, version, op, data, region, technician_id,"
            + " everyone, directed, mutation_id, committed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (ChangeRow r : rows) {
        Audience a = r.audience();
        Jdbc.bind(ps, seq++, r.entityType(), r.entityId(), r.version(), r.op(), r.data(), a.region(),
            a.technicianId(), a.everyone(), a.directed(), r.mutationId(), nowMillis);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return last;
  }

  /** The last number handed out (committed, as seen by this connection's snapshot). */
  public long lastSeq(Connection c) throws SQLException {
    return Jdbc.queryLong(c, "SELECT last_seq FROM change_counter WHERE id = 1");
  }

  /**
   * Changes after {@code after} within {@code scope}, oldest first. Call inside one read snapshot
   * (see {@link Database#snapshot}) so the cursor handed back never passes an unseen row.
   */
  public ChangePage page(Connection c, PullScope scope, long after, int limit) throws SQLException {
    long last = lastSeq(c);
    List<LoggedChange> rows;
    if (scope instanceof PullScope.Nothing) {
      rows = List.of();
    } else if (scope instanceof PullScope.Everything) {
      rows = Jdbc.query(c, "SELECT " + COLUMNS + " FROM change_log WHERE seq > ? AND directed = ? ORDER BY seq LIMIT ?",
          ChangeLog::map, after, false, limit);
    } else {
      // Index range scans merged in seq order: the audience's own rows, (offices) the rows for
      // every office, and the rows for everyone.
      List<String> parts = new ArrayList<>();
      List<Object> params = new ArrayList<>();
      if (scope instanceof PullScope.Region r) {
        parts.add(part("region = ?"));
        params.addAll(List.of(r.region(), after, limit));
        parts.add(part("region = ?"));
        params.addAll(List.of(ALL_OFFICES, after, limit));
      } else {
        parts.add(part("technician_id = ?"));
        params.addAll(List.of(((PullScope.Technician) scope).technicianId(), after, limit));
      }
      // a literal, so the planner can use the partial index on rows for everyone
      parts.add(part("everyone = TRUE AND directed = ?"));
      params.addAll(List.of(false, after, limit));
      params.add(limit);
      String sql = "SELECT " + COLUMNS + " FROM (" + String.join(" UNION ALL ", parts) + ") t ORDER BY seq LIMIT ?";
      rows = Jdbc.query(c, sql, ChangeLog::map, params.toArray());
    }
    boolean hasMore = rows.size() == limit;
    long cursor = hasMore ? rows.get(rows.size() - 1).seq() : Math.max(after, last);
    return new ChangePage(new ArrayList<>(rows), cursor, hasMore);
  }

  private static String part(String where) {
    return "SELECT * FROM (SELECT " + COLUMNS + " FROM change_log WHERE " + where + " AND seq > ? ORDER BY seq LIMIT ?) p"
        + (where.hashCode() & 0xffff);
  }

  private static LoggedChange map(ResultSet rs) throws SQLException {
    return new LoggedChange(rs.getLong(1), rs.getString(2), Jdbc.uuid(rs, "entity_id"), rs.getLong(4),
        ChangeOp.valueOf(rs.getString(5)), rs.getString(6));
  }
}
