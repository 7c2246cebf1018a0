package com.fieldops.protocol.mutation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Ids for records a mutation creates as a side effect (history events): UUIDv7-shaped, carrying
 * the mutation id's timestamp, with the rest a hash of (mutation id, n). Deterministic, so the
 * replica's replay and the server's application make the same event ids.
 */
public final class DerivedIds {
  private DerivedIds() {}

  public static UUID of(UUID mutationId, int n) {
    byte[] hash;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((mutationId.toString() + "#" + n).getBytes(StandardCharsets.US_ASCII));
      hash = sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    ByteBuffer b = ByteBuffer.wrap(hash);
    long millis = mutationId.version() == 7 ? mutationId.getMostSignificantBits() >>> 16 : 0L;
    long msb = (millis << 16) | 0x7000L | (b.getLong() & 0xFFFL);
    long lsb = (b.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
