package com.fieldops.server.health;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the server's shutdown (stop HTTP, stop tasks, close the database) on a daemon thread and
 * waits at most a bound for it. A task stuck in a loop that ignores interrupts, or holding the
 * database writer, cannot keep the process alive after SIGTERM: past the bound the stuck tasks are
 * named in one WARN line and abandoned, the hook returns and the JVM exits.
 */
public final class BoundedShutdown {
  private static final Logger LOG = LoggerFactory.getLogger(BoundedShutdown.class);

  private BoundedShutdown() {
  }

  /** Runs {@code steps} and returns when they are done or {@code limit} has passed, whichever is first. */
  public static boolean run(Duration limit, BackgroundTasks tasks, Runnable steps) {
    long start = System.nanoTime();
    Thread closer = new Thread(() -> {
      try {
        steps.run();
      } catch (RuntimeException e) {
        LOG.warn("shutdown step failed", e);
      }
    }, "shutdown-steps");
    closer.setDaemon(true);
    closer.start();
    try {
      closer.join(limit.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (closer.isAlive()) {
      LOG.atWarn().setMessage("shutdown did not finish in time; abandoning stuck work and exiting")
          .addKeyValue("event", "shutdown.timeout").addKeyValue("limitMillis", limit.toMillis())
          .addKeyValue("stuck", tasks == null ? "?" : tasks.states().stream()
              .filter(s -> s.runningFor() != null).map(BackgroundTasks.TaskState::name).toList())
          .log();
      return false;
    }
    LOG.atInfo().setMessage("server stopped").addKeyValue("event", "shutdown.done").addKeyValue("millis", millis)
        .log();
    return true;
  }
}
