package com.fieldops.server.sla;

import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The scheduler's tables: clocks with their next due instant, fired levels, the change-log cursor. */
final class SlaClockStore {
  private final Dialect dialect;

  SlaClockStore(Dialect dialect) {
    this.dialect = dialect;
  }

  /** One fired level of a work order. */
  record Fired(UUID workOrderId, String levelKey, Instant levelAt, Instant firedAt, UUID eventId,
      Instant withdrawnAt) {}

  /** A clock row. */
  record ClockRow(UUID workOrderId, UUID policyId, boolean open, Instant nextDueAt) {}

  // ---- follower cursor

  /** The cursor, locked until commit on PostgreSQL so two instances never follow the same rows. */
  long followerCursor(Connection c) throws SQLException {
    String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "";
    return Jdbc.queryLong(c, "SELECT last_seq FROM sla_follower WHERE id = 1" + lock);
  }

  long followerCursorUnlocked(Connection c) throws SQLException {
    return Jdbc.queryLong(c, "SELECT last_seq FROM sla_follower WHERE id = 1");
  }

  void moveFollower(Connection c, long seq) throws SQLException {
    Jdbc.update(c, "UPDATE sla_follower SET last_seq = ? WHERE id = 1 AND last_seq < ?", seq, seq);
  }

  // ---- clocks

  Optional<ClockRow> clock(Connection c, UUID workOrderId) throws SQLException {
    return Jdbc.queryOne(c, "SELECT work_order_id, policy_id, open, next_due_at FROM sla_clock WHERE work_order_id = ?",
        SlaClockStore::mapClock, workOrderId);
  }

  /** Marks a work order for recomputation at {@code now}, creating its row with its policy if new. */
  void touch(Connection c, UUID workOrderId, UUID policyIfNew, Instant now) throws SQLException {
    long t = now.toEpochMilli();
    Jdbc.update(c, "INSERT INTO sla_clock (work_order_id, policy_id, open, next_due_at, computed_at)"
        + " VALUES (?,?,?,?,?) ON CONFLICT (work_order_id) DO UPDATE SET next_due_at = excluded.next_due_at",
        workOrderId, policyIfNew, true, t, t);
  }

  boolean exists(Connection c, UUID workOrderId) throws SQLException {
    return Jdbc.queryOne(c, "SELECT 1 FROM sla_clock WHERE work_order_id = ?", rs -> 1, workOrderId).isPresent();
  }

  /** Every open clock under a policy is recomputed at the next tick (the policy was edited). */
  int touchPolicy(Connection c, UUID policyId, Instant now) throws SQLException {
    return Jdbc.update(c, "UPDATE sla_clock SET next_due_at = ? WHERE policy_id = ? AND open = ?", now.toEpochMilli(),
        policyId, true);
  }

  /**
   * Due clocks, earliest first. On PostgreSQL the rows are locked and rows another instance holds
   * are skipped, so instances split the due work without waiting for each other.
   */
  List<UUID> lockDue(Connection c, Instant now, int limit) throws SQLException {
    String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    return Jdbc.query(c, "SELECT work_order_id FROM sla_clock WHERE next_due_at IS NOT NULL AND next_due_at <= ?"
        + " ORDER BY next_due_at LIMIT ?"
        + lock, rs -> Jdbc.uuid(rs, "work_order_id"), now.toEpochMilli(), limit);
  }

  /** Due clocks, earliest first, unlocked (what the next batch will take, to compute it first). */
  List<UUID> due(Connection c, Instant now, int limit) throws SQLException {
    return Jdbc.query(c, "SELECT work_order_id FROM sla_clock WHERE next_due_at IS NOT NULL AND next_due_at <= ?"
        + " ORDER BY next_due_at LIMIT ?", rs -> Jdbc.uuid(rs, "work_order_id"), now.toEpochMilli(), limit);
  }

  /** Whether anything is due (a cheap read, so an idle tick needs no write transaction). */
  boolean anyDue(Connection c, Instant now) throws SQLException {
    // the earliest instant, compared here: an index read whatever the planner thinks of "<= ?"
    // (PostgreSQL's generic plan for a parameter guessed a third of the table and scanned all of it)
    return Jdbc.queryOne(c, "SELECT next_due_at FROM sla_clock WHERE next_due_at IS NOT NULL ORDER BY next_due_at"
        + " LIMIT 1", rs -> rs.getLong(1)).filter(t -> t <= now.toEpochMilli()).isPresent();
  }

  void update(Connection c, UUID workOrderId, UUID policyId, boolean open, Instant nextDueAt, Instant now)
      throws SQLException {
    // a typed NULL literal: PostgreSQL refuses a varchar-typed null parameter for a bigint column
    // a computed clock is no longer failed
    if (nextDueAt == null) {
      Jdbc.update(c, "UPDATE sla_clock SET policy_id = ?, open = ?, next_due_at = NULL, computed_at = ?,"
          + " failed_at = NULL, failure = NULL WHERE work_order_id = ?", policyId, open, now.toEpochMilli(),
          workOrderId);
    } else {
      Jdbc.update(c, "UPDATE sla_clock SET policy_id = ?, open = ?, next_due_at = ?, computed_at = ?,"
          + " failed_at = NULL, failure = NULL WHERE work_order_id = ?", policyId, open, nextDueAt.toEpochMilli(),
          now.toEpochMilli(), workOrderId);
    }
  }

  /**
   * Marks a clock as failed: it keeps its policy, shows {@code failure} to an administrator, and is
   * looked at again at {@code retryAt} (null: only when the work order or its policy changes).
   */
  void markFailed(Connection c, UUID workOrderId, String failure, Instant retryAt, Instant now) throws SQLException {
    String text = failure == null ? "" : failure.length() > 500 ? failure.substring(0, 500) : failure;
    if (retryAt == null) {
      Jdbc.update(c, "UPDATE sla_clock SET next_due_at = NULL, failed_at = ?, failure = ? WHERE work_order_id = ?",
          now.toEpochMilli(), text, workOrderId);
    } else {
      Jdbc.update(c, "UPDATE sla_clock SET next_due_at = ?, failed_at = ?, failure = ? WHERE work_order_id = ?",
          retryAt.toEpochMilli(), now.toEpochMilli(), text, workOrderId);
    }
  }

  /** A clock the scheduler could not compute. */
  record FailedClock(UUID workOrderId, UUID policyId, Instant failedAt, String failure, Instant retryAt) {}

  /** Failed clocks, most recent failure first. */
  List<FailedClock> failed(Connection c, int limit) throws SQLException {
    return Jdbc.query(c, "SELECT work_order_id, policy_id, failed_at, failure, next_due_at FROM sla_clock"
        + " WHERE failed_at IS NOT NULL ORDER BY failed_at DESC LIMIT ?", rs -> {
          long retry = rs.getLong(5);
          boolean noRetry = rs.wasNull();
          return new FailedClock(Jdbc.uuid(rs, "work_order_id"), Jdbc.uuid(rs, "policy_id"),
              Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), noRetry ? null : Instant.ofEpochMilli(retry));
        }, limit);
  }

  /** The failure of one work order's clock, if it is marked failed. */
  Optional<FailedClock> failure(Connection c, UUID workOrderId) throws SQLException {
    return Jdbc.queryOne(c, "SELECT work_order_id, policy_id, failed_at, failure, next_due_at FROM sla_clock"
        + " WHERE work_order_id = ? AND failed_at IS NOT NULL", rs -> {
          long retry = rs.getLong(5);
          boolean noRetry = rs.wasNull();
          return new FailedClock(Jdbc.uuid(rs, "work_order_id"), Jdbc.uuid(rs, "policy_id"),
              Instant.ofEpochMilli(rs.getLong(3)), rs.getString(4), noRetry ? null : Instant.ofEpochMilli(retry));
        }, workOrderId);
  }

  // ---- fired levels

  List<Fired> fired(Connection c, UUID workOrderId) throws SQLException {
    return Jdbc.query(c, "SELECT work_order_id, level_key, level_at, fired_at, event_id, withdrawn_at FROM sla_fired"
        + " WHERE work_order_id = ?", SlaClockStore::mapFired, workOrderId);
  }

  /** Records a level as fired; false if it had fired already (the unique key decides). */
  boolean recordFired(Connection c, UUID workOrderId, String levelKey, Instant levelAt, Instant firedAt, UUID eventId)
      throws SQLException {
    return Jdbc.update(c, "INSERT INTO sla_fired (work_order_id, level_key, level_at, fired_at, event_id)"
        + " VALUES (?,?,?,?,?) ON CONFLICT (work_order_id, level_key) DO NOTHING", workOrderId, levelKey,
        levelAt.toEpochMilli(), firedAt.toEpochMilli(), eventId) == 1;
  }

  void markWithdrawn(Connection c, UUID workOrderId, String levelKey, Instant at, UUID eventId) throws SQLException {
    Jdbc.update(c, "UPDATE sla_fired SET withdrawn_at = ?, withdrawal_event_id = ? WHERE work_order_id = ?"
        + " AND level_key = ?", at.toEpochMilli(), eventId, workOrderId, levelKey);
  }

  /** Frees a withdrawn level to fire again when the clock really gets there. */
  void forget(Connection c, UUID workOrderId, String levelKey) throws SQLException {
    Jdbc.update(c, "DELETE FROM sla_fired WHERE work_order_id = ? AND level_key = ?", workOrderId, levelKey);
  }

  Map<String, Long> counts(Connection c) throws SQLException {
    return Map.of("clocks", Jdbc.queryLong(c, "SELECT COUNT(*) FROM sla_clock"),
        "fired", Jdbc.queryLong(c, "SELECT COUNT(*) FROM sla_fired"));
  }

  private static ClockRow mapClock(java.sql.ResultSet rs) throws SQLException {
    long due = rs.getLong(4);
    boolean noDue = rs.wasNull();
    return new ClockRow(Jdbc.uuid(rs, "work_order_id"), Jdbc.uuid(rs, "policy_id"), rs.getBoolean(3),
        noDue ? null : Instant.ofEpochMilli(due));
  }

  private static Fired mapFired(java.sql.ResultSet rs) throws SQLException {
    long w = rs.getLong(6);
    boolean notWithdrawn = rs.wasNull();
    return new Fired(Jdbc.uuid(rs, "work_order_id"), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
        Instant.ofEpochMilli(rs.getLong(4)), Jdbc.uuid(rs, "event_id"),
        notWithdrawn ? null : Instant.ofEpochMilli(w));
  }
}
