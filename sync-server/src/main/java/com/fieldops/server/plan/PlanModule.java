package com.fieldops.server.plan;

import com.fieldops.server.config.PlanSettings;
import com.fieldops.server.health.BackgroundTasks;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.StorageOutage;
import com.fieldops.server.sync.PushService;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The maintenance-plan generator as a background task of a running server: once at start-up (the
 * catch-up after downtime) and then every {@code plans.tick.seconds}; its rounds show in
 * {@code /health} and {@code /metrics} as task {@value #TASK}.
 */
public final class PlanModule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PlanModule.class);
  public static final String TASK = "maintenance-plans";

  private final ScheduledExecutorService executor;
  private final PlanGenerator generator;
  private final BackgroundTasks.Task task;

  private PlanModule(Database db, PlanGenerator generator, PlanSettings settings) {
    this.generator = generator;
    this.task = db.tasks().task(TASK);
    this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "maintenance-plans");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(this::tickSafely, 0, settings.tick().toMillis(), TimeUnit.MILLISECONDS);
  }

  public static PlanModule start(Database db, Clock clock, PushService push, PlanSettings settings) {
    LOG.atInfo().setMessage("maintenance plans generate work orders ahead").addKeyValue("event", "plan.start")
        .addKeyValue("horizonDays", settings.horizonDays()).addKeyValue("tickSeconds", settings.tick().toSeconds())
        .log();
    return new PlanModule(db, new PlanGenerator(db, clock, push, settings.horizonDays()), settings);
  }

  private void tickSafely() {
    try {
      task.run(generator::tick);
    } catch (RuntimeException e) {
      StorageOutage.logRoundFailed(LOG, "maintenance plan round", e);
    }
  }

  /** Stops the task: waits a little for a round in progress, then abandons it (daemon thread). */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
