package com.fieldops.server.sla;

import com.fieldops.server.notify.EscalationNotifier;
import com.fieldops.server.notify.NotificationOutbox;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.sync.ChangeListener;
import com.fieldops.sla.SlaCalendarException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA escalation scheduler. A tick (1) follows the change log to mark changed work orders for
 * recomputation, then (2) takes the clocks whose {@code next_due_at} has come, in batches, and
 * brings each up to date ({@link EscalationProcessor}). An idle tick is two indexed reads; its cost
 * does not grow with the number of open work orders. Levels whose instant passed while the server
 * was down are simply due at the first tick after start-up, and fire late, saying so.
 *
 * <p>Several instances on one PostgreSQL database share the work: due clock rows are locked with
 * {@code FOR UPDATE SKIP LOCKED}, the follower's cursor row is locked while it follows, and the
 * unique key of fired levels is the last guard against firing anything twice.
 */
public final class EscalationScheduler {
  private static final Logger LOG = LoggerFactory.getLogger(EscalationScheduler.class);
  private static final Duration RETRY_BROKEN = Duration.ofMinutes(5);
  /**
   * PostgreSQL: after this many clock rows were rewritten, vacuum the clock table. Every rewrite
   * leaves a dead entry at the front of the due index, exactly where the idle read of the earliest
   * due instant starts; unvacuumed, 200k of them made an idle tick cost 5–10 ms of index walking.
   */
  static final int VACUUM_AFTER_ROWS = 5_000;

  private final Database db;
  private final Clock clock;
  private final ChangeListener listener;
  private final SlaClockStore clocks;
  private final ChangeFollower follower;
  private final EscalationProcessor processor;
  private final PolicyDirectory policies;
  private final EntityStore entities;
  private final ChangeLog changeLog = new ChangeLog();
  private final int batchSize;
  private final int followWindow;
  private int rewrittenSinceVacuum;

  public EscalationScheduler(Database db, Clock clock, ChangeListener listener) {
    this(db, clock, listener, 100, 5_000);
  }

  public EscalationScheduler(Database db, Clock clock, ChangeListener listener, int batchSize, int followWindow) {
    this.db = db;
    this.clock = clock;
    this.listener = listener;
    this.batchSize = batchSize;
    this.followWindow = followWindow;
    this.entities = new EntityStore(db.dialect());
    StoredRecords records = new StoredRecords(entities);
    this.clocks = new SlaClockStore(db.dialect());
    this.policies = new PolicyDirectory(records);
    this.follower = new ChangeFollower(records, policies, clocks);
    this.processor = new EscalationProcessor(records, policies, clocks,
        new EscalationNotifier(new NotificationOutbox(db.dialect())));
  }

  /** What a tick did. */
  public record TickResult(int followed, int processed, int fired, int withdrawn) {
    public boolean idle() {
      return followed == 0 && processed == 0;
    }
  }

  /** One tick at the clock's current time. */
  public TickResult tick() {
    Instant now = clock.instant();
    int followed = follow(now);
    int processed = 0;
    int fired = 0;
    int withdrawn = 0;
    while (db.read(c -> clocks.anyDue(c, now))) {
      // compute first, on a reader, then write: a job whose clocks cannot be computed is marked
      // failed in a short write of its own and never computed while the writer is held
      Set<UUID> computed = computeDue(now);
      if (computed.isEmpty()) {
        break; // every due clock failed and is marked so
      }
      Batch b = db.write(c -> batch(c, now, computed));
      if (b.lastSeq > 0) {
        listener.committed(b.lastSeq);
      }
      processed += b.processed;
      fired += b.fired;
      withdrawn += b.withdrawn;
      if (b.processed < batchSize) {
        break; // the rest (if any) is locked by another instance
      }
    }
    rewrittenSinceVacuum += followed + processed;
    if (rewrittenSinceVacuum >= VACUUM_AFTER_ROWS && db.dialect() == Dialect.POSTGRESQL) {
      rewrittenSinceVacuum = 0;
      vacuumClocks();
    }
    return new TickResult(followed, processed, fired, withdrawn);
  }

  private void vacuumClocks() {
    long start = System.nanoTime();
    try {
      // outside any transaction (a pool connection in auto-commit); another instance's vacuum is not waited for
      db.read(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("VACUUM (SKIP_LOCKED) sla_clock");
        }
        return null;
      });
      LOG.debug("vacuumed sla_clock in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.warn("vacuum of sla_clock failed; autovacuum will get to it", e);
    }
  }

  private int follow(Instant now) {
    long cursor = db.read(clocks::followerCursorUnlocked);
    long last = db.read(changeLog::lastSeq);
    int touched = 0;
    while (cursor < last) {
      HistoryWriter writer = new HistoryWriter(entities);
      ChangeFollower.Progress p = db.write(c -> follower.catchUp(c, now, followWindow, writer));
      if (p.lastSeq() > 0) {
        listener.committed(p.lastSeq());
      }
      touched += p.workOrders() + p.policies();
      if (p.cursor() <= cursor) {
        break;
      }
      cursor = p.cursor();
      if (p.caughtUp()) {
        break;
      }
    }
    return touched;
  }

  /** The clocks whose computation failed, most recent first (the admin list). */
  public List<SlaClockStore.FailedClock> failedClocks(int limit) {
    return db.read(c -> clocks.failed(c, limit));
  }

  private record Batch(int processed, int fired, int withdrawn, long lastSeq) {}

  /**
   * Computes the clocks of the next due batch on a reader; the ones that cannot be computed are
   * marked failed (one WARN line each). Returns the ones that computed, the only ones the write
   * transaction then takes.
   */
  private Set<UUID> computeDue(Instant now) {
    Map<UUID, RuntimeException> failures = new LinkedHashMap<>();
    Set<UUID> computed = new HashSet<>();
    db.read(c -> {
      policies.refresh(c);
      for (UUID id : clocks.due(c, now, batchSize)) {
        try {
          processor.compute(c, id, now);
          computed.add(id);
        } catch (RuntimeException e) {
          failures.put(id, e);
        }
      }
      return null;
    });
    if (!failures.isEmpty()) {
      db.write(c -> {
        for (Map.Entry<UUID, RuntimeException> f : failures.entrySet()) {
          markFailed(c, f.getKey(), f.getValue(), now);
        }
        return null;
      });
    }
    return computed;
  }

  /**
   * Marks one job's clock failed and says so in one greppable line. A calendar that cannot compute
   * the clock will not compute it later either: it is looked at again when the work order or its
   * policy changes; anything else (e.g. a storage hiccup) is retried in a few minutes.
   */
  private void markFailed(Connection c, UUID id, Exception e, Instant now) throws SQLException {
    boolean deterministic = e instanceof SlaCalendarException;
    Instant retryAt = deterministic ? null : now.plus(RETRY_BROKEN);
    String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
    clocks.markFailed(c, id, reason, retryAt, now);
    LOG.atWarn().setMessage("SLA clock of a work order cannot be computed; marked failed, other jobs carry on")
        .addKeyValue("event", "sla.clock.failed").addKeyValue("workOrderId", id)
        .addKeyValue("retryAt", retryAt == null ? "on change" : retryAt).addKeyValue("reason", reason).log();
  }

  private Batch batch(Connection c, Instant now, Set<UUID> computed) throws SQLException {
    policies.refresh(c);
    // only clocks computed outside the writer; one that became due since waits for the next round
    List<UUID> due = clocks.lockDue(c, now, batchSize).stream().filter(computed::contains).toList();
    HistoryWriter writer = new HistoryWriter(entities);
    int fired = 0;
    int withdrawn = 0;
    for (UUID id : due) {
      HistoryWriter own = new HistoryWriter(entities);
      savepoint(c, "SAVEPOINT sla_wo");
      try {
        EscalationProcessor.Outcome o = processor.process(c, id, now, own);
        own.moveInto(writer);
        savepoint(c, "RELEASE SAVEPOINT sla_wo");
        fired += o.fired();
        withdrawn += o.withdrawn();
      } catch (SQLException | RuntimeException e) {
        // one broken work order must not stop the others: skip it for a while, loudly
        savepoint(c, "ROLLBACK TO SAVEPOINT sla_wo");
        savepoint(c, "RELEASE SAVEPOINT sla_wo");
        markFailed(c, id, e, now);
      }
    }
    long lastSeq = writer.isEmpty() ? -1 : writer.flush(c, now.toEpochMilli());
    return new Batch(due.size(), fired, withdrawn, lastSeq);
  }

  private static void savepoint(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
