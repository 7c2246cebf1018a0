package com.fieldops.server.sync;

import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.server.health.BackgroundTasks;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.StorageOutage;
import com.fieldops.server.storage.EntityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps technicians' scopes to "open and recent" work: a job CLOSED or CANCELLED more than the
 * finished-jobs window ago (settings {@code scope.finished.window}, 30 days) leaves its technician's
 * replica (directed REMOVEs of the job, its history and what no other job of theirs needs), and a
 * pull from zero no longer carries it (see ChangeLog#page). "Finished ago" counts from when it
 * finished (its history), not from when the server stored it: imported history or a close recorded
 * offline long ago leaves at the first sweep. Offices and admins keep it. Safe with several
 * instances: a job is retired by whichever transaction marks it first.
 */
public final class ScopeSweeper implements AutoCloseable {
  public static final Duration RECENT = Duration.ofDays(30);
  private static final Logger LOG = LoggerFactory.getLogger(ScopeSweeper.class);
  private static final int ROUND = 200;

  private final Database db;
  private final Clock clock;
  private final ChangeListener listener;
  private final EntityStore store;
  private final Duration window;
  private final BackgroundTasks.Task task;
  private ScheduledExecutorService executor;

  public ScopeSweeper(Database db, Clock clock, ChangeListener listener) {
    this(db, clock, listener, RECENT);
  }

  public ScopeSweeper(Database db, Clock clock, ChangeListener listener, Duration window) {
    this.db = db;
    this.clock = clock;
    this.listener = listener;
    this.store = new EntityStore(db.dialect());
    this.window = window;
    this.task = db.tasks().task("scope-sweeper");
  }

  /** Sweeps now (before the server answers its first pull) and then every {@code every}. */
  public ScopeSweeper start(Duration every) {
    sweepLogged();
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "scope-sweeper");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(this::sweepLogged, every.toSeconds(), every.toSeconds(), TimeUnit.SECONDS);
    return this;
  }

  private void sweepLogged() {
    try {
      task.run(() -> sweep(clock.instant()));
    } catch (RuntimeException e) {
      StorageOutage.logRoundFailed(LOG, "scope sweep", e);
    }
  }

  /** Retires every job finished before {@code now - window}; returns how many. */
  public int sweep(Instant now) {
    long cutoff = now.minus(window).toEpochMilli();
    int total = 0;
    // unchanged since the cutoff: finished before it, certainly
    while (true) {
      List<UUID> ids = db.read(c -> store.finishedWorkOrdersToRetire(c, cutoff, ROUND));
      int retired = retire(ids);
      total += retired;
      if (ids.size() < ROUND || retired == 0) {
        break;
      }
    }
    // written since, yet finished before it (imported history, a close recorded offline long ago)
    UUID after = null;
    while (true) {
      UUID from = after;
      List<UUID> page = db.read(c -> store.finishedWorkOrdersWrittenSince(c, cutoff, from, ROUND));
      List<UUID> old = db.read(c -> {
        List<UUID> out = new java.util.ArrayList<>();
        for (UUID id : page) {
          Instant finished = finishedAt(c, id);
          if (finished != null && finished.toEpochMilli() < cutoff) {
            out.add(id);
          }
        }
        return out;
      });
      total += retire(old);
      if (page.size() < ROUND) {
        break;
      }
      after = page.get(page.size() - 1);
    }
    if (total > 0) {
      LOG.info("event=scope_swept retired={} window={}", total, window);
    }
    return total;
  }

  /** When the job last became CLOSED or CANCELLED, from its history; null if its history does not say. */
  private Instant finishedAt(java.sql.Connection c, UUID workOrderId) throws java.sql.SQLException {
    Instant last = null;
    for (var child : store.childrenOf(c, workOrderId)) {
      if (!child.type().equals("WorkOrderEvent") || child.data() == null) {
        continue;
      }
      WorkOrderEvent event;
      try {
        event = Json.mapper().readValue(child.data(), WorkOrderEvent.class);
      } catch (java.io.IOException unreadable) {
        continue;
      }
      if (event instanceof WorkOrderEvent.StatusChanged s
          && (s.to() == WorkOrderStatus.CLOSED || s.to() == WorkOrderStatus.CANCELLED)
          && (last == null || s.occurredAt().isAfter(last))) {
        last = s.occurredAt();
      }
    }
    return last;
  }

  /** Retires the jobs in one transaction; returns how many this call retired. */
  private int retire(List<UUID> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return db.write(c -> {
      ApplyingTransaction tx = new ApplyingTransaction(c, store);
      Audiences audiences = new Audiences(clock.millis());
      int retired = 0;
      for (UUID id : ids) {
        WorkOrder wo = tx.find(WorkOrder.class, id).orElse(null);
        if (wo != null && wo.assigneeId() != null && store.retire(c, id, wo.assigneeId(), clock.millis())) {
          audiences.retire(tx, wo);
          retired++;
        }
      }
      long last = new ChangeLog().append(c, tx.changes(), clock.millis());
      if (last > 0) {
        listener.committed(last);
      }
      return retired;
    });
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
