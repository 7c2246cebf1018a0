package com.fieldops.server.config;

import java.time.Duration;
import java.util.List;

/**
 * How much sign-in work the server takes on at once, and how many failed sign-ins it accepts.
 * The password hash is memory-hard (about 19 MiB per check), so checks run a few at a time; the
 * rest wait in a short queue or are told to come back (429 with {@code Retry-After}).
 *
 * @param hashingPermits          password checks that may run at the same time (default: the cores)
 * @param hashingQueue            sign-ins that may wait for a check; beyond that 429 at once
 * @param hashingWait             how long a queued sign-in waits for its turn before 429
 * @param trustedProxies          addresses of the operator's own load balancers or reverse proxies;
 *                                for a request from one of them the client's address is the last
 *                                {@code X-Forwarded-For} entry that is not itself a trusted proxy, so
 *                                the per-address throttle counts clients, not the load balancer
 */
public record SignInLimits(int hashingPermits, int hashingQueue, Duration hashingWait, List<String> trustedProxies) {

  public SignInLimits {
    if (hashingPermits < 1) {
      throw new IllegalArgumentException("signin.hashing.concurrency must be at least 1");
    }
    if (hashingQueue < 0) {
      throw new IllegalArgumentException("signin.hashing.queue must not be negative");
    }
    if (hashingWait.isNegative()) {
      throw new IllegalArgumentException("signin.hashing.wait must not be negative");
    }
    trustedProxies = List.copyOf(trustedProxies);
  }

  public static SignInLimits defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new SignInLimits(cores, 8 * cores, Duration.ofSeconds(3), List.of());
  }
}
