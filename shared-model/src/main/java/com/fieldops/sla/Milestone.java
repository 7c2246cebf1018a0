package com.fieldops.sla;

import com.fieldops.workorder.model.WorkOrderStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The three promises an SLA policy can make, each measured from creation of the work order.
 *
 * <p>A milestone is reached by the first status change into any of its {@link #reachedBy()}
 * statuses. Later statuses count too: a job completed without an on-site visit (fixed remotely)
 * needs nobody on site any more, so completion also meets the on-site target. {@code ON_HOLD}
 * never reaches anything by itself: it only follows {@code ON_SITE}.
 */
public enum Milestone {
  /** Created until ACCEPTED. */
  RESPONSE(EnumSet.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE,
      WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED)),
  /** Created until ON_SITE. */
  ONSITE(EnumSet.of(WorkOrderStatus.ON_SITE, WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED)),
  /** Created until COMPLETED. */
  RESOLUTION(EnumSet.of(WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED));

  private final Set<WorkOrderStatus> reachedBy;

  Milestone(Set<WorkOrderStatus> reachedBy) {
    this.reachedBy = reachedBy;
  }

  public Set<WorkOrderStatus> reachedBy() {
    return EnumSet.copyOf(reachedBy);
  }

  public boolean isReachedBy(WorkOrderStatus status) {
    return reachedBy.contains(status);
  }

  /** Key of this milestone's display name in {@code SlaMessages}. */
  public String messageKey() {
    return "com.fieldops.sla.milestone." + name();
  }
}
