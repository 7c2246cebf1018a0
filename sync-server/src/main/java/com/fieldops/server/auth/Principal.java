package com.fieldops.server.auth;

import com.fieldops.identity.model.Role;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.server.storage.PullScope;
import java.util.UUID;

/** The signed-in caller of a request, resolved from the bearer token. */
public record Principal(UUID userId, String username, String displayName, Role role, String region,
    UUID technicianId, String deviceId, String tokenHash) {

  public Actor actor() {
    return new Actor(userId, role, technicianId, region);
  }

  /** Which change-log rows this caller may pull (docs/decisions/0003). */
  public PullScope pullScope() {
    if (role == Role.ADMIN) {
      return new PullScope.Everything();
    }
    if ((role == Role.DISPATCHER || role == Role.SUPERVISOR) && region != null) {
      return new PullScope.Region(region);
    }
    if (role == Role.TECHNICIAN && technicianId != null) {
      return new PullScope.Technician(technicianId);
    }
    return new PullScope.Nothing();
  }
}
