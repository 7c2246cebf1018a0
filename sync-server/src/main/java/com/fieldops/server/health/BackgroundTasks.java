package com.fieldops.server.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What each background task of a server (SLA ticks, notification outbox, scope sweep, change
 * notifier, WAL checkpointer) and the database writer are doing: when a round last succeeded, and
 * whether one is running now and since when. {@code /health} turns unhealthy when one has been
 * running longer than its threshold (stuck), and {@code /metrics} exports the same, so a task that
 * loops or waits forever is visible instead of the server looking "UP" while nothing moves.
 */
public final class BackgroundTasks {
  private final Map<String, Task> tasks = new ConcurrentHashMap<>();
  private final Clock clock;
  private final LongSupplier nanos;
  private final Duration stuckAfter;

  /** "Stuck" is a round running longer than this unless the settings say otherwise ({@code health.stuck.after.seconds}). */
  public static final Duration DEFAULT_STUCK_AFTER = Duration.ofSeconds(60);

  public BackgroundTasks() {
    this(Clock.systemUTC(), System::nanoTime, DEFAULT_STUCK_AFTER);
  }

  public BackgroundTasks(Clock clock, LongSupplier nanos, Duration stuckAfter) {
    this.clock = clock;
    this.nanos = nanos;
    this.stuckAfter = stuckAfter;
  }

  /** The task of that name, registered on first use. */
  public Task task(String name) {
    return tasks.computeIfAbsent(name, n -> new Task(n, stuckAfter));
  }

  /** The state of every registered task, by name. */
  public List<TaskState> states() {
    List<TaskState> out = new ArrayList<>();
    tasks.values().stream().sorted((a, b) -> a.name.compareTo(b.name)).forEach(t -> out.add(t.state()));
    return out;
  }

  /** The tasks stuck now (a round running for longer than its threshold). */
  public List<TaskState> stuck() {
    return states().stream().filter(TaskState::stuck).toList();
  }

  /**
   * One task's state.
   *
   * @param runningFor how long the round in progress has run; null when idle
   * @param lastSuccess when a round last ended normally; null if none yet
   */
  public record TaskState(String name, Instant lastSuccess, Instant lastFailure, String lastError,
      Duration runningFor, Duration stuckAfter, boolean stuck, String thread) {}

  /** One background task. A round is {@link #begin()}..{@link #succeeded()}/{@link #failed}. */
  public final class Task {
    private final String name;
    private final Duration stuckAfter;
    /** Round in progress per thread (the writer can be held by several PostgreSQL transactions). */
    private final Map<Thread, Long> running = new ConcurrentHashMap<>();
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastError;

    private Task(String name, Duration stuckAfter) {
      this.name = name;
      this.stuckAfter = stuckAfter;
    }

    public void begin() {
      running.put(Thread.currentThread(), nanos.getAsLong());
    }

    public void succeeded() {
      running.remove(Thread.currentThread());
      lastSuccess = clock.instant();
    }

    public void failed(Throwable e) {
      running.remove(Thread.currentThread());
      lastFailure = clock.instant();
      lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Runs one round, recording its outcome; exceptions pass through. */
    public void run(Runnable round) {
      begin();
      try {
        round.run();
        succeeded();
      } catch (RuntimeException | Error e) {
        failed(e);
        throw e;
      }
    }

    public String name() {
      return name;
    }

    /** How long the oldest round in progress has run; zero when idle. */
    public Duration runningFor() {
      long now = nanos.getAsLong();
      return running.values().stream().map(start -> Duration.ofNanos(now - start))
          .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    TaskState state() {
      long now = nanos.getAsLong();
      Map.Entry<Thread, Long> oldest = running.entrySet().stream().min(Map.Entry.comparingByValue()).orElse(null);
      Duration runningFor = oldest == null ? null : Duration.ofNanos(now - oldest.getValue());
      boolean stuck = runningFor != null && runningFor.compareTo(stuckAfter) > 0;
      return new TaskState(name, lastSuccess, lastFailure, lastError, runningFor, stuckAfter, stuck,
          oldest == null ? null : oldest.getKey().getName());
    }
  }
}
