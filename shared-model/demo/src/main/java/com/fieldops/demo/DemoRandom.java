package com.fieldops.demo;

import com.fieldops.common.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** Seeded choices for the generator; SplittableRandom gives the same sequence on every JVM. */
final class DemoRandom {
  private final SplittableRandom random;

  DemoRandom(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A UUIDv7 whose time part is {@code at}, so ids sort like the records were made. */
  UUID id(Instant at) {
    return Ids.v7(at, random);
  }

  int between(int fromInclusive, int toInclusive) {
    return random.nextInt(fromInclusive, toInclusive + 1);
  }

  long between(long fromInclusive, long toInclusive) {
    return random.nextLong(fromInclusive, toInclusive + 1);
  }

  double unit() {
    return random.nextDouble();
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  <T> T pick(T[] options) {
    return options[random.nextInt(options.length)];
  }

  /** Index chosen with the given weights (need not sum to 1). */
  int weighted(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  Duration minutes(int fromInclusive, int toInclusive) {
    return Duration.ofMinutes(between(fromInclusive, toInclusive));
  }

  String digits(int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  String letters(int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append((char) ('A' + random.nextInt(26)));
    }
    return s.toString();
  }

  String hex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
