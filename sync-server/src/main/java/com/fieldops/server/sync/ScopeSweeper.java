package com.fieldops.server.sync;

import com.fieldops.model.workorder.WorkOrder;
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
 * Keeps technicians' scopes to "open and recent" work: a job CLOSED or CANCELLED and unchanged for
 * {@link #RECENT} leaves its technician's replica (directed REMOVEs of the job, its history and
 * what no other job of theirs needs). Offices and admins keep it. Safe with several instances:
 * a job is retired by whichever transaction marks it first.
 */
public final class ScopeSweeper implements AutoCloseable {
  public static final Duration RECENT = Duration.ofDays(30);
  private static final Logger LOG = LoggerFactory.getLogger(ScopeSweeper.class);
  private static final int ROUND = 200;

  private final Database db;
  private final Clock clock;
  private final ChangeListener listener;
  private final EntityStore store;
  private ScheduledExecutorService executor;

  public ScopeSweeper(Database db, Clock clock, ChangeListener listener) {
    this.db = db;
    this.clock = clock;
    this.listener = listener;
    this.store = new EntityStore(db.dialect());
  }

  /** Sweeps now and then every {@code every}. */
  public ScopeSweeper start(Duration every) {
    executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "scope-sweeper");
      t.setDaemon(true);
      return t;
    });
    com.fieldops.server.health.BackgroundTasks.Task task = db.tasks().task("scope-sweeper");
    executor.scheduleWithFixedDelay(() -> {
      try {
        task.run(() -> sweep(clock.instant()));
      } catch (RuntimeException e) {
        StorageOutage.logRoundFailed(LOG, "scope sweep", e);
      }
    }, 5, every.toSeconds(), TimeUnit.SECONDS);
    return this;
  }

  /** Retires every job finished before {@code now - RECENT}; returns how many. */
  public int sweep(Instant now) {
    long cutoff = now.minus(RECENT).toEpochMilli();
    int total = 0;
    while (true) {
      int done = db.write(c -> {
        List<UUID> ids = store.finishedWorkOrdersToRetire(c, cutoff, ROUND);
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
        return ids.size() < ROUND ? -retired - 1 : retired;
      });
      if (done < 0) {
        total += -done - 1;
        break;
      }
      total += done;
    }
    if (total > 0) {
      LOG.info("{} finished work orders left their technicians' scope", total);
    }
    return total;
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
