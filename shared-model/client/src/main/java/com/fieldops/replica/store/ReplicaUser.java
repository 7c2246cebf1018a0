package com.fieldops.replica.store;

import com.fieldops.identity.model.Role;
import java.util.UUID;

/**
 * Who this replica belongs to; {@code technicianId} is set for a technician, {@code region} for
 * dispatchers and supervisors.
 */
public record ReplicaUser(UUID userId, String username, String displayName, Role role, UUID technicianId, String region) {
  public ReplicaUser withTechnicianId(UUID id) {
    return new ReplicaUser(userId, username, displayName, role, id, region);
  }
}
