package com.fieldops.server.sla;

import com.fieldops.server.notify.NotifyController;
import com.fieldops.server.notify.OutboxSettings;
import com.fieldops.server.notify.OutboxWorker;
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

  private final ScheduledExecutorService executor;
  private final EscalationScheduler scheduler;
  private final OutboxWorker outbox;

  private SlaModule(EscalationScheduler scheduler, OutboxWorker outbox, Duration tick, Duration poll) {
    this.scheduler = scheduler;
    this.outbox = outbox;
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
    return new SlaModule(new EscalationScheduler(db, clock, listener), OutboxWorker.standard(db, clock, settings),
        tick, poll);
  }

  private void tickSafely() {
    try {
      EscalationScheduler.TickResult r = scheduler.tick();
      if (r.fired() > 0 || r.withdrawn() > 0) {
        LOG.info("SLA tick: {} escalation levels fired, {} withdrawn ({} clocks processed)", r.fired(),
            r.withdrawn(), r.processed());
      }
    } catch (RuntimeException e) {
      StorageOutage.logRoundFailed(LOG, "SLA scheduler tick", e);
    }
  }

  private void deliverSafely() {
    try {
      outbox.runOnce();
    } catch (RuntimeException e) {
      StorageOutage.logRoundFailed(LOG, "notification outbox round", e);
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
