package com.fieldops.protocol.mutation;

import com.fieldops.identity.model.Role;
import java.util.UUID;

/**
 * Who is acting, as the server knows it from the session (never from the client's claim).
 *
 * @param technicianId set for technicians: the technician record this user is
 * @param region       set for dispatchers and supervisors: the region they look after
 */
public record Actor(UUID userId, Role role, UUID technicianId, String region) {
  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /** Dispatchers and supervisors: work in one region. */
  public boolean isOffice() {
    return role == Role.DISPATCHER || role == Role.SUPERVISOR;
  }

  public boolean isTechnician() {
    return role == Role.TECHNICIAN;
  }

  /** Admin anywhere, or office staff in {@code region}. */
  public boolean managesRegion(String entityRegion) {
    return isAdmin() || (isOffice() && region != null && region.equals(entityRegion));
  }
}
