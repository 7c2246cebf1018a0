package com.fieldops.server.storage;

import com.fieldops.server.health.BackgroundTasks;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the SQLite write-ahead log back into the database file on its own thread. Left to
 * SQLite, the commit that takes the log past 1,000 pages does this copy itself, with two
 * {@code fsync}s, while the push waiting for that commit waits too. A passive checkpoint runs
 * beside the writer without blocking it; commits stay exactly as durable (they are in the log).
 */
final class WalCheckpointer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);
  /** Pages the writer lets the log grow to before it checkpoints itself: only if this thread falls behind. */
  static final int WRITER_FALLBACK_PAGES = 50_000;

  private final DataSource source;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sqlite-checkpointer");
    t.setDaemon(true);
    return t;
  });

  private final BackgroundTasks.Task task;

  WalCheckpointer(DataSource source, long periodMillis, BackgroundTasks.Task task) {
    this.source = source;
    this.task = task;
    timer.scheduleWithFixedDelay(this::checkpoint, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  private void checkpoint() {
    task.begin();
    try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(PASSIVE)");
      task.succeeded();
    } catch (SQLException | RuntimeException e) {
      task.failed(e);
      LOG.warn("background WAL checkpoint failed; the writer checkpoints itself past {} pages", WRITER_FALLBACK_PAGES,
          e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
