package com.fieldops.server.notify;

import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The notification outbox table. Entries are added inside the transaction that records the
 * history event they report, so a notification exists exactly when its event does; delivery
 * happens later, outside any transaction ({@link OutboxWorker}).
 */
public final class NotificationOutbox {
  private static final String COLUMNS = "id, kind, work_order_id, level_key, event_id, channel, address, locale,"
      + " recipient_id, subject, body, payload, state, attempts, next_attempt_at, last_error, created_at, sent_at";

  private final Dialect dialect;

  public NotificationOutbox(Dialect dialect) {
    this.dialect = dialect;
  }

  public void enqueueAll(Connection c, Collection<Notification> entries) throws SQLException {
    if (entries.isEmpty()) {
      return;
    }
    // sent_at stays NULL: new entries are never sent yet
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO notification ("
        + COLUMNS.replace(", sent_at", "") + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Notification n : entries) {
        Jdbc.bind(ps, n.id(), n.kind(), n.workOrderId(), n.levelKey(), n.eventId(), n.channel(), n.address(),
            n.locale().toLanguageTag(), n.recipientId(), n.subject(), n.body(), n.payload(), n.state(),
            n.attempts(), n.nextAttemptAt().toEpochMilli(), n.lastError(), n.createdAt().toEpochMilli());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Takes up to {@code limit} entries due at {@code now} for this sender: their next attempt moves
   * to {@code leaseUntil}, so no other sender (another server instance, or this one after a crash)
   * takes them before the lease runs out. PostgreSQL: rows locked by another claimer are skipped.
   */
  public List<Notification> claim(Connection c, Instant now, Instant leaseUntil, int limit) throws SQLException {
    String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    List<Notification> due = Jdbc.query(c, "SELECT " + COLUMNS + " FROM notification WHERE state = 'PENDING'"
        + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?" + lock, NotificationOutbox::map,
        now.toEpochMilli(), limit);
    for (Notification n : due) {
      Jdbc.update(c, "UPDATE notification SET next_attempt_at = ? WHERE id = ?", leaseUntil.toEpochMilli(), n.id());
    }
    return due;
  }

  public void markSent(Connection c, UUID id, Instant at) throws SQLException {
    Jdbc.update(c, "UPDATE notification SET state = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL"
        + " WHERE id = ? AND state = 'PENDING'", at.toEpochMilli(), id);
  }

  /** Records a failed attempt: retry at {@code retryAt}, or DEAD when {@code dead}. */
  public void markFailed(Connection c, UUID id, String error, Instant retryAt, boolean dead) throws SQLException {
    Jdbc.update(c, "UPDATE notification SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
        + " state = ? WHERE id = ? AND state = 'PENDING'", truncate(error), retryAt.toEpochMilli(),
        dead ? NotificationState.DEAD : NotificationState.PENDING, id);
  }

  /** An admin sends a dead entry again: it gets a fresh set of attempts. */
  public boolean retry(Connection c, UUID id, Instant now) throws SQLException {
    return Jdbc.update(c, "UPDATE notification SET state = 'PENDING', attempts = 0, next_attempt_at = ?"
        + " WHERE id = ? AND state = 'DEAD'", now.toEpochMilli(), id) == 1;
  }

  public List<Notification> byState(Connection c, NotificationState state, int limit) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM notification WHERE state = ? ORDER BY created_at DESC, id"
        + " LIMIT ?", NotificationOutbox::map, state, limit);
  }

  public List<Notification> ofWorkOrder(Connection c, UUID workOrderId) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM notification WHERE work_order_id = ? ORDER BY created_at, id",
        NotificationOutbox::map, workOrderId);
  }

  /** The entries that announced one escalation level: who must hear of its withdrawal. */
  public List<Notification> announcementsOf(Connection c, UUID workOrderId, String levelKey) throws SQLException {
    return Jdbc.query(c, "SELECT " + COLUMNS + " FROM notification WHERE work_order_id = ? AND level_key = ?"
        + " AND kind = ? ORDER BY created_at, id", NotificationOutbox::map, workOrderId, levelKey, Notification.FIRED);
  }

  public long count(Connection c, NotificationState state) throws SQLException {
    return Jdbc.queryLong(c, "SELECT COUNT(*) FROM notification WHERE state = ?", state);
  }

  private static String truncate(String s) {
    if (s == null) {
      return null;
    }
    return s.length() > 1000 ? s.substring(0, 1000) : s;
  }

  private static Notification map(ResultSet rs) throws SQLException {
    long sent = rs.getLong(18);
    return new Notification(Jdbc.uuid(rs, "id"), rs.getString(2), Jdbc.uuid(rs, "work_order_id"), rs.getString(4),
        Jdbc.uuid(rs, "event_id"), Channel.valueOf(rs.getString(6)), rs.getString(7),
        Locale.forLanguageTag(rs.getString(8)), Jdbc.uuid(rs, "recipient_id"), rs.getString(10), rs.getString(11),
        rs.getString(12), NotificationState.valueOf(rs.getString(13)), rs.getInt(14),
        Instant.ofEpochMilli(rs.getLong(15)), rs.getString(16), Instant.ofEpochMilli(rs.getLong(17)),
        rs.wasNull() || sent == 0 ? null : Instant.ofEpochMilli(sent));
  }

  static List<Notification> copy(Collection<Notification> c) {
    return new ArrayList<>(c);
  }
}
