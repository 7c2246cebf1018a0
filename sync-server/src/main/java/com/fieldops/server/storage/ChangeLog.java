package com.fieldops.server.storage;

import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.registry.EntityNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The append-only change log. Numbers come from the one counter row, updated inside the writing
 * transaction: the row lock (PostgreSQL) or the single writer (SQLite) is held until commit, so a
 * transaction holding number n commits before anyone can take n + 1, and a reader's cursor can
 * never jump over a change that becomes visible later (docs/decisions/0001).
 */
public final class ChangeLog {
  private static final String COLUMNS = "seq, entity_type, entity_id, version, op, data";
  /**
   * The change-log columns, with the document read from the entity table for rows that do not
   * copy it, and only while the record is still at the row's version: a row whose record changed
   * since comes back without a document (superseded; a later row carries the new version to
   * whoever may see it). A scalar subquery, evaluated only when the row has no copy, so both
   * engines look each such record up by its key instead of joining whole tables.
   */
  private static final String WITH_DOCUMENT = "t.seq, t.entity_type, t.entity_id, t.version, t.op, "
      + documentOf("t");

  /**
   * The SQL expression for the document of the change-log row aliased {@code row}: its own copy,
   * or the record's while it is still at the row's version (else NULL: superseded).
   */
  public static String documentOf(String row) {
    return "COALESCE(" + row + ".data, (SELECT e.data FROM entity e WHERE e.entity_type = " + row + ".entity_type"
        + " AND e.id = " + row + ".entity_id AND e.version = " + row + ".version))";
  }
  /**
   * A technician's pull skips what a finished job that has left their scope (scope_retired) once
   * sent them: the job's and its history's UPSERTs. A pull from zero then does not carry old
   * finished jobs at all; a replica that had them still gets the REMOVEs (docs/decisions/0007).
   */
  private static final String NOT_RETIRED_UPSERT = " AND NOT (op = 'UPSERT' AND ("
      + "EXISTS (SELECT 1 FROM scope_retired r WHERE r.work_order_id = change_log.entity_id"
      + " AND r.technician_id = change_log.technician_id)"
      + " OR EXISTS (SELECT 1 FROM entity e JOIN scope_retired r ON r.work_order_id = e.work_order_id"
      + " WHERE e.entity_type = change_log.entity_type AND e.id = change_log.entity_id"
      + " AND r.technician_id = change_log.technician_id)))";

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
        Jdbc.bind(ps, seq++, r.entityType(), r.entityId(), r.version(), r.op(), copiesDocument(r) ? r.data() : null,
            a.region(), a.technicianId(), a.everyone(), a.directed(), r.mutationId(), nowMillis);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return last;
  }

  /**
   * Whether a row carries its own copy of the document: all but the first row of a history record
   * (appended once and, as a rule, never changed; the registry says which kinds are history). That
   * first row's document is read from the entity table (see {@link #page}): half of what a note or
   * time entry stores is saved.
   */
  static boolean copiesDocument(ChangeRow r) {
    return r.op() != ChangeOp.UPSERT || r.version() != 1 || !EntityNames.isHistory(r.entityType());
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
      rows = Jdbc.query(c, withDocuments("SELECT " + COLUMNS + " FROM change_log WHERE seq > ? AND directed = ?"
          + " ORDER BY seq LIMIT ?"), ChangeLog::map, after, false, limit);
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
        parts.add(part("technician_id = ?" + NOT_RETIRED_UPSERT));
        params.addAll(List.of(((PullScope.Technician) scope).technicianId(), after, limit));
      }
      // a literal, so the planner can use the partial index on rows for everyone
      parts.add(part("everyone = TRUE AND directed = ?"));
      params.addAll(List.of(false, after, limit));
      params.add(limit);
      String sql = withDocuments("SELECT " + COLUMNS + " FROM (" + String.join(" UNION ALL ", parts) + ") u"
          + " ORDER BY seq LIMIT ?");
      rows = Jdbc.query(c, sql, ChangeLog::map, params.toArray());
    }
    boolean hasMore = rows.size() == limit;
    long cursor = hasMore ? rows.get(rows.size() - 1).seq() : Math.max(after, last);
    List<LoggedChange> current = new ArrayList<>(rows.size());
    for (LoggedChange row : rows) {
      // an UPSERT without a document: its record changed since (see documentOf); the cursor moves past it
      if (row.op() != ChangeOp.UPSERT || row.data() != null) {
        current.add(row);
      }
    }
    return new ChangePage(current, cursor, hasMore);
  }

  /** The page's rows first (ordered, limited), then the documents of just those rows. */
  private static String withDocuments(String page) {
    return "SELECT " + WITH_DOCUMENT + " FROM (" + page + ") t ORDER BY t.seq";
  }

  private static String part(String where) {
    return "SELECT * FROM (SELECT " + COLUMNS + " FROM change_log WHERE " + where + " AND seq > ? ORDER BY seq LIMIT ?) p"
        + (where.hashCode() & 0xffff);
  }

  private static LoggedChange map(ResultSet rs) throws SQLException {
    return new LoggedChange(rs.getLong(1), rs.getString(2), UUID.fromString(rs.getString(3)), rs.getLong(4),
        ChangeOp.valueOf(rs.getString(5)), rs.getString(6));
  }
}
