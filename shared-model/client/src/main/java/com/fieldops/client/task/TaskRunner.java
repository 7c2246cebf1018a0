package com.fieldops.client.task;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs disk and network work off the UI thread and hands the outcome back on the UI thread.
 *
 * <p>Knows nothing of JavaFX: the application passes {@code Platform::runLater} as the UI executor,
 * view-model tests pass a direct executor, so most UI logic is tested without a toolkit.
 */
public final class TaskRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

  private final ExecutorService background;
  private final Executor ui;
  private final AtomicInteger running = new AtomicInteger();

  public TaskRunner(Executor ui) {
    this(Executors.newFixedThreadPool(3, daemonThreads()), ui);
  }

  public TaskRunner(ExecutorService background, Executor ui) {
    this.background = Objects.requireNonNull(background);
    this.ui = Objects.requireNonNull(ui);
  }

  /** A runner that does everything on the calling thread: for view-model tests. */
  public static TaskRunner direct() {
    return new TaskRunner(new DirectExecutorService(), Runnable::run);
  }

  /**
   * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI
   * thread. Failures are logged here once, where they are finally handled.
   */
  public <T> CompletableFuture<T> run(
      String what, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
    CompletableFuture<T> done = new CompletableFuture<>();
    if (background.isShutdown()) {
      // the console is closing: late change notifications have nobody left to show them to
      LOG.debug("Ignoring '{}': the console is closing", what);
      done.cancel(false);
      return done;
    }
    running.incrementAndGet();
    background.execute(() -> {
      try {
        T value = work.call();
        ui.execute(() -> {
          try {
            onSuccess.accept(value);
          } finally {
            running.decrementAndGet();
            done.complete(value);
          }
        });
      } catch (Exception | Error e) {
        LOG.warn("Background task '{}' failed", what, e);
        ui.execute(() -> {
          try {
            onFailure.accept(e);
          } finally {
            running.decrementAndGet();
            done.completeExceptionally(e);
          }
        });
      }
    });
    return done;
  }

  /** Fire-and-forget background work whose failure is only logged (e.g. saving settings). */
  public void runQuietly(String what, Runnable work) {
    run(what, () -> {
      work.run();
      return null;
    }, ignored -> { }, ignored -> { });
  }

  /** Hands work to the UI thread (used by listeners that fire on background threads). */
  public void onUi(Runnable r) {
    ui.execute(r);
  }

  public Executor uiExecutor() {
    return ui;
  }

  /** Number of tasks started and not yet finished (tests wait for zero). */
  public int running() {
    return running.get();
  }

  @Override
  public void close() {
    background.shutdown();
    try {
      background.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "console-background-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
