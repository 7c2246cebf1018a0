package com.fieldops.server.auth;

import com.fieldops.server.config.SignInLimits;
import com.fieldops.server.error.DomainException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Lets only a few password checks run at once. Each check is memory-hard (Argon2id, about 19 MiB
 * and tens of milliseconds of CPU), so a flood of sign-ins checked all at once exhausts the heap
 * and starves every other request. A few more wait briefly in a queue; the rest are answered 429
 * with {@code Retry-After} at once, which costs the server next to nothing.
 */
final class HashingGate {
  /** What a refused caller is told to wait: a check takes well under a second. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final Semaphore running;
  private final int capacity;
  private final Duration maxWait;
  private final AtomicInteger admitted = new AtomicInteger();

  HashingGate(SignInLimits limits) {
    this.running = new Semaphore(limits.hashingPermits(), true);
    this.capacity = limits.hashingPermits() + limits.hashingQueue();
    this.maxWait = limits.hashingWait();
  }

  /** Runs {@code check} when a permit is free; 429 SIGN_IN_BUSY if the queue is full or the wait too long. */
  boolean check(BooleanSupplier check) {
    if (admitted.incrementAndGet() > capacity) {
      admitted.decrementAndGet();
      throw busy();
    }
    try {
      if (!running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      admitted.decrementAndGet();
      Thread.currentThread().interrupt();
      throw busy();
    } catch (DomainException e) {
      admitted.decrementAndGet();
      throw e;
    }
    try {
      return check.getAsBoolean();
    } finally {
      running.release();
      admitted.decrementAndGet();
    }
  }

  /** Sign-ins running or waiting for a check right now. */
  int admitted() {
    return admitted.get();
  }

  private static DomainException busy() {
    return DomainException.busy("SIGN_IN_BUSY", "api.error.signInBusy", RETRY_AFTER_SECONDS);
  }
}
