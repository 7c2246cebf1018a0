package com.fieldops.protocol.mutation;

import com.fieldops.workorder.model.WorkOrder;
import java.util.Optional;
import java.util.UUID;

/** Who may see and touch a work order: the scope rules every work-order mutation starts with. */
final class Access {
  private Access() {}

  /**
   * Nothing if the actor may work on the work order, else why not. A job outside the actor's scope
   * (another region, another technician's) reads exactly like one that does not exist: the answer
   * must not tell its number, or that it exists, to someone who may not see it.
   */
  static Optional<Rejection> checkWorkOrder(Actor actor, WorkOrder wo, UUID requestedId) {
    if (wo == null || !(actor.isAdmin() || actor.isOffice() || actor.isTechnician())) {
      return Optional.of(notFound("entityId", "WorkOrder", requestedId));
    }
    if (actor.isAdmin() || actor.managesRegion(wo.region())) {
      return Optional.empty();
    }
    if (actor.isTechnician()) {
      if (actor.technicianId() != null && actor.technicianId().equals(wo.assigneeId())) {
        return Optional.empty();
      }
    }
    return Optional.of(notFound("entityId", "WorkOrder", requestedId));
  }

  static Rejection notFound(String field, String what, UUID id) {
    return Rejection.of(Codes.NOT_FOUND, "protocol.rejected.notFound", field, what, String.valueOf(id));
  }

  static Rejection forbidden() {
    return Rejection.of(Codes.FORBIDDEN, "protocol.rejected.forbidden", null);
  }
}
