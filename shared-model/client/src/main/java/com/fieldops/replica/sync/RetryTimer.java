package com.fieldops.replica.sync;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The next sync attempt after a failure: exponential back-off with jitter, on top of what the server asked for. */
final class RetryTimer {
  private final ScheduledExecutorService worker;
  private final Backoff backoff;
  private ScheduledFuture<?> retry;

  RetryTimer(ScheduledExecutorService worker, Backoff backoff) {
    this.worker = worker;
    this.backoff = backoff;
  }

  /**
   * Schedules {@code attempt} after the next back-off delay; {@code atLeast}: what the server asked
   * for (Retry-After), since a fleet retrying sooner only adds load. Returns the delay.
   */
  Duration schedule(Duration atLeast, Runnable attempt, boolean closed) {
    Duration backedOff = backoff.nextDelay();
    // on top of the server's wait, not instead: the jitter keeps a fleet from coming back in step
    Duration delay = atLeast.isZero() ? backedOff : atLeast.plus(backedOff);
    if (!closed) {
      retry = worker.schedule(attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
    return delay;
  }

  void cancel() {
    if (retry != null) {
      retry.cancel(false);
      retry = null;
    }
  }

  /** A success: the next failure starts from the shortest delay again. */
  void reset() {
    backoff.reset();
  }
}
