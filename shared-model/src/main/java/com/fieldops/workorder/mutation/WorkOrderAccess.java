package com.fieldops.workorder.mutation;

import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.workorder.model.WorkOrder;
import java.util.Optional;
import java.util.UUID;

/** Who may see and touch a work order: the scope rules every work-order mutation starts with. */
public final class WorkOrderAccess {
  private WorkOrderAccess() {}

  /**
   * Nothing if the actor may work on the work order, else why not. A job outside the actor's scope
   * (another region, another technician's) reads exactly like one that does not exist: the answer
   * must not tell its number, or that it exists, to someone who may not see it.
   */
  public static Optional<Rejection> check(Actor actor, WorkOrder wo, UUID requestedId) {
    if (wo == null || !(actor.isAdmin() || actor.isOffice() || actor.isTechnician())) {
      return Optional.of(Access.notFound("entityId", "WorkOrder", requestedId));
    }
    if (actor.isAdmin() || actor.managesRegion(wo.region())) {
      return Optional.empty();
    }
    if (actor.isTechnician()) {
      if (actor.technicianId() != null && actor.technicianId().equals(wo.assigneeId())) {
        return Optional.empty();
      }
    }
    return Optional.of(Access.notFound("entityId", "WorkOrder", requestedId));
  }
}
