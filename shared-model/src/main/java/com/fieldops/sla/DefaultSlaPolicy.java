package com.fieldops.sla;

import java.util.UUID;

/**
 * The one record saying which SLA policy applies when no service contract covers a work order.
 * Synced to every client (change-log type {@code DefaultSlaPolicy}) so countdowns work offline.
 *
 * @param id always {@link #ID}
 */
public record DefaultSlaPolicy(UUID id, UUID policyId) {
  public static final UUID ID = UUID.fromString("01890000-0000-7000-8000-0000000d0001");

  public static DefaultSlaPolicy of(UUID policyId) {
    return new DefaultSlaPolicy(ID, policyId);
  }
}
