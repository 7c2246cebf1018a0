package com.fieldops.server.sla;

import com.fieldops.server.config.OutboxSettings;
import com.fieldops.server.notify.OutboxWorker;
import com.fieldops.server.health.BackgroundTasks;
import com.fieldops.server.storage.Database;
import com.fieldops.server.sync.ChangeListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import com.fieldops.server.storage.StorageOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLA escalation scheduler and the notification outbox worker as background tasks of a running
 * server. The server's composition starts it (unless the settings switch it off) and closes it when
 * the server stops. How often each runs comes from the settings ({@code sla.tick.millis},
 * {@code outbox.poll.millis}); SMTP and retries see {@link OutboxSettings}.
 */
public final class SlaModule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlaModule.class);

  /** Names of the two tasks in {@link Database#tasks()} (what /health shows). */
  public static final String SCHEDULER_TASK = "sla-scheduler";
  public static final String OUTBOX_TASK = "notification-outbox";

  private final ScheduledExecutorService executor;
  private final EscalationScheduler scheduler;
  private final OutboxWorker outbox;
  private final Database db;
  private final BackgroundTasks.Task tickTask;
  private final BackgroundTasks.Task outboxTask;
  /** Test-only: the first tick holds the writer this long, deaf to interrupts (see {@link #stall}). */
  private volatile long stallSeconds;

  private SlaModule(Database db, EscalationScheduler scheduler, OutboxWorker outbox, Duration tick, Duration poll,
      Duration stallFirstTick) {
    this.stallSeconds = stallFirstTick.toSeconds();
    this.db = db;
    this.scheduler = scheduler;
    this.outbox = outbox;
    this.tickTask = db.tasks().task(SCHEDULER_TASK);
    this.outboxTask = db.tasks().task(OUTBOX_TASK);
    if (stallSeconds > 0) {
      LOG.warn("TEST HOOK test.stall.sla.tick.seconds={}: the first SLA tick will hold the database writer"
          + " that long; never set this in production", stallSeconds);
    }
    this.executor = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "sla-background");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(this::tickSafely, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(this::deliverSafely, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  public static SlaModule start(Database db, Clock clock, ChangeListener listener, OutboxSettings settings,
      Duration tick, Duration poll) {
    return start(db, clock, listener, settings, tick, poll, Duration.ZERO);
  }

  /** {@code stallFirstTick}: the process tests' hook (setting {@code test.stall.sla.tick.seconds}), zero otherwise. */
  public static SlaModule start(Database db, Clock clock, ChangeListener listener, OutboxSettings settings,
      Duration tick, Duration poll, Duration stallFirstTick) {
    LOG.info("SLA scheduler every {} ms, notification outbox every {} ms ({})", tick.toMillis(), poll.toMillis(),
        settings);
    return new SlaModule(db, new EscalationScheduler(db, clock, listener),
        OutboxWorker.standard(db, clock, settings), tick, poll, stallFirstTick);
  }

  private void tickSafely() {
    try {
      tickTask.begin();
      stall();
      EscalationScheduler.TickResult r = scheduler.tick();
      tickTask.succeeded();
      if (r.fired() > 0 || r.withdrawn() > 0) {
        LOG.info("SLA tick: {} escalation levels fired, {} withdrawn ({} clocks processed)", r.fired(),
            r.withdrawn(), r.processed());
      }
    } catch (RuntimeException e) {
      tickTask.failed(e);
      StorageOutage.logRoundFailed(LOG, "SLA scheduler tick", e);
    }
  }

  /**
   * Test-only hook for the process tests: makes one tick behave like the calendar loop of issue
   * #11 (busy inside a write transaction, ignoring interrupts) so health reporting and a bounded
   * SIGTERM can be checked against a really stuck task. Off unless the setting is.
   */
  private void stall() {
    long seconds = stallSeconds;
    if (seconds <= 0) {
      return;
    }
    stallSeconds = 0;
    db.write(c -> {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < end) {
        Thread.onSpinWait();
        Thread.interrupted(); // deaf to interrupts, like a computation that never checks
      }
      return null;
    });
  }

  private void deliverSafely() {
    try {
      outboxTask.run(outbox::runOnce);
    } catch (RuntimeException e) {
      StorageOutage.logRoundFailed(LOG, "notification outbox round", e);
    }
  }

  /**
   * Stops both tasks: waits a little for a round in progress, then interrupts it and moves on (its
   * threads are daemons), so a stuck round never holds up the server's shutdown.
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
        if (!executor.awaitTermination(1, TimeUnit.SECONDS)) {
          LOG.atWarn().setMessage("SLA background task did not stop; abandoned")
              .addKeyValue("event", "shutdown.taskAbandoned").addKeyValue("task", SCHEDULER_TASK).log();
        }
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
