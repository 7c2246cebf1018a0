package com.fieldops.server.sla;

import com.fieldops.server.notify.NotifyController;
import com.fieldops.server.notify.OutboxSettings;
import com.fieldops.server.notify.OutboxWorker;
import com.fieldops.server.health.BackgroundTasks;
import com.fieldops.server.storage.Database;
import com.fieldops.server.sync.ChangeListener;
import io.javalin.Javalin;
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
 * server, plus the admin routes of the outbox. {@link #install} is the one call the server's
 * composition makes; both tasks stop when the server stops.
 *
 * <p>System properties: {@code fieldops.sla.enabled} (default true), {@code fieldops.sla.tickMillis}
 * (default 500), {@code fieldops.notify.pollMillis} (default 1000); SMTP and retries see
 * {@link OutboxSettings}.
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
  private volatile long stallSeconds = Long.getLong("fieldops.test.stallSlaTickSeconds", 0);

  private SlaModule(Database db, EscalationScheduler scheduler, OutboxWorker outbox, Duration tick, Duration poll) {
    this.db = db;
    this.scheduler = scheduler;
    this.outbox = outbox;
    this.tickTask = db.tasks().task(SCHEDULER_TASK);
    this.outboxTask = db.tasks().task(OUTBOX_TASK);
    if (stallSeconds > 0) {
      LOG.warn("TEST HOOK fieldops.test.stallSlaTickSeconds={}: the first SLA tick will hold the database writer"
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

  /** Registers the admin routes and starts the background tasks (unless disabled). */
  public static void install(Javalin app, Database db, Clock clock, ChangeListener listener) {
    new NotifyController(db, clock).register(app);
    new SlaAdminController(db).register(app);
    if (!Boolean.parseBoolean(System.getProperty("fieldops.sla.enabled", "true"))) {
      LOG.info("SLA scheduler and notification outbox are disabled (fieldops.sla.enabled=false)");
      return;
    }
    OutboxSettings settings = OutboxSettings.from(System.getenv(), System.getProperties());
    SlaModule module = start(db, clock, listener, settings,
        Duration.ofMillis(Long.getLong("fieldops.sla.tickMillis", 500)),
        Duration.ofMillis(Long.getLong("fieldops.notify.pollMillis", 1000)));
    app.events(e -> e.serverStopping(module::close));
  }

  public static SlaModule start(Database db, Clock clock, ChangeListener listener, OutboxSettings settings,
      Duration tick, Duration poll) {
    LOG.info("SLA scheduler every {} ms, notification outbox every {} ms ({})", tick.toMillis(), poll.toMillis(),
        settings);
    return new SlaModule(db, new EscalationScheduler(db, clock, listener),
        OutboxWorker.standard(db, clock, settings), tick, poll);
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
   * SIGTERM can be checked against a really stuck task. Off unless the property is set.
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
