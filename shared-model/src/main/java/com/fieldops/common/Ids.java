package com.fieldops.common;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * UUIDv7 identifiers (RFC 9562): 48-bit Unix milliseconds, then random bits. Whoever creates a
 * record makes its id, so offline creation works, and time-ordered keys keep B-tree inserts cheap.
 */
public final class Ids {
  private static final RandomGenerator RANDOM = new SecureRandom();
  private static final Object LOCK = new Object();
  private static long lastMillis = -1;
  private static long sequence;

  private Ids() {}

  /** A new UUIDv7; ids made by this JVM are strictly increasing, also within one millisecond. */
  public static UUID newId() {
    long millis;
    long seq;
    synchronized (LOCK) {
      long now = System.currentTimeMillis();
      if (now > lastMillis) {
        lastMillis = now;
        // start low in the 12-bit field so many ids fit in one millisecond before borrowing the next
        sequence = RANDOM.nextInt(0x400);
      } else if (++sequence > 0xFFF) {
        lastMillis++; // borrow the next millisecond rather than break the ordering
        sequence = 0;
      }
      millis = lastMillis;
      seq = sequence;
    }
    return v7(millis, seq, RANDOM.nextLong());
  }

  /** A UUIDv7 for the given instant from the given generator: deterministic for seeded demo data. */
  public static UUID v7(Instant at, RandomGenerator random) {
    return v7(at.toEpochMilli(), random.nextInt(0x1000), random.nextLong());
  }

  /** The creation time encoded in a UUIDv7. */
  public static Instant timestampOf(UUID id) {
    if (id.version() != 7) {
      throw new IllegalArgumentException("not a UUIDv7: " + id);
    }
    return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
  }

  private static UUID v7(long millis, long randA, long randB) {
    long msb = (millis << 16) | 0x7000L | (randA & 0xFFFL);
    long lsb = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
