package com.fieldops.replica.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with "equal jitter": the n-th consecutive failure waits between half and
 * all of {@code min * 2^n}, capped at {@code max}, so a fleet that lost the server at the same
 * moment does not come back in lock step.
 */
public final class Backoff {
  private final Duration min;
  private final Duration max;
  private final RandomGenerator random;
  private int failures;

  public Backoff(Duration min, Duration max, RandomGenerator random) {
    this.min = min;
    this.max = max;
    this.random = random;
  }

  /** Records a failure and returns how long to wait before the next attempt. */
  public synchronized Duration nextDelay() {
    long cap = max.toMillis();
    long base = min.toMillis() << Math.min(failures, 30);
    failures++;
    long ceiling = Math.max(1, Math.min(cap, base));
    long half = ceiling / 2;
    return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half + 1)));
  }

  public synchronized void reset() {
    failures = 0;
  }

  public synchronized int failures() {
    return failures;
  }
}
