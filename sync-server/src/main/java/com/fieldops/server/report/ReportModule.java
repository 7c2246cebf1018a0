package com.fieldops.server.report;

import com.fieldops.server.health.BackgroundTasks;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.StorageOutage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the reports of signed jobs in the background: every {@code report.poll.millis} it renders and
 * seals what is waiting (a signature applied, no PDF yet), so a push never waits for a PDF. Waiting is
 * read from the database, so a report interrupted by a restart is made after it; with several
 * instances on PostgreSQL two may render the same report once, and the last store wins (same content).
 */
public final class ReportModule implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReportModule.class);
  public static final String TASK = "service-reports";
  private final ScheduledExecutorService executor;
  private final ReportService service;
  private final BackgroundTasks.Task task;

  private ReportModule(Database db, ReportService service, long pollMillis) {
    this.service = service;
    this.task = db.tasks().task(TASK);
    this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "service-reports");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(this::roundSafely, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  public static ReportModule start(Database db, ReportService service) {
    return new ReportModule(db, service, service.settings().pollMillis());
  }

  public ReportService service() {
    return service;
  }

  private void roundSafely() {
    try {
      task.run(() -> service.renderWaiting(20));
    } catch (RuntimeException e) {
      StorageOutage.logRoundFailed(LOG, "service report round", e);
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
