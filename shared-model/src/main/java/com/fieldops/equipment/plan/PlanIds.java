package com.fieldops.equipment.plan;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The ids of one planned visit: of its generating mutation, its work order and its
 * {@link com.fieldops.equipment.model.PlannedVisit} record. All derive from (plan, machine, due date
 * or meter threshold) only, so every server instance, after any restart, names the same visit the
 * same way and the push path's exactly-once record (the mutation id) lets it be made once.
 * UUIDv7-shaped with the due day as timestamp, so they sort by due date like other ids by time.
 */
public final class PlanIds {
  private PlanIds() {}

  /** What tells one visit of a plan on a machine from another: its due date or its meter threshold. */
  public static String visitKey(LocalDate dueOn, java.math.BigDecimal meterThreshold) {
    return meterThreshold != null ? "m:" + meterThreshold.stripTrailingZeros().toPlainString() : "d:" + dueOn;
  }

  public static UUID mutation(UUID planId, UUID equipmentId, String visitKey, LocalDate dueOn) {
    return of("mutation", planId, equipmentId, visitKey, dueOn);
  }

  public static UUID workOrder(UUID planId, UUID equipmentId, String visitKey, LocalDate dueOn) {
    return of("work-order", planId, equipmentId, visitKey, dueOn);
  }

  public static UUID visit(UUID planId, UUID equipmentId, String visitKey, LocalDate dueOn) {
    return of("visit", planId, equipmentId, visitKey, dueOn);
  }

  private static UUID of(String what, UUID planId, UUID equipmentId, String visitKey, LocalDate dueOn) {
    byte[] hash;
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("planned-visit:" + what + ":" + planId + ":" + equipmentId + ":" + visitKey)
          .getBytes(StandardCharsets.US_ASCII));
      hash = sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    ByteBuffer b = ByteBuffer.wrap(hash);
    long millis = Math.max(0, dueOn.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()) & 0xFFFF_FFFF_FFFFL;
    long msb = (millis << 16) | 0x7000L | (b.getLong() & 0xFFFL);
    long lsb = (b.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
