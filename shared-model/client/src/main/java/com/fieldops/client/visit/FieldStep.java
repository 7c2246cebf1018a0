package com.fieldops.client.visit;

import com.fieldops.workorder.model.WorkOrderStatus;

/**
 * The technician's moves of a job, in the words of the big buttons on the phone. Each is one move
 * of the shared state machine ({@code workorder.workflow.Transition}); which ones a job offers is
 * asked of the shared workflow, never decided here.
 */
public enum FieldStep {
  ACCEPT(WorkOrderStatus.ACCEPTED),
  START_TRAVEL(WorkOrderStatus.EN_ROUTE),
  ARRIVE(WorkOrderStatus.ON_SITE),
  HOLD(WorkOrderStatus.ON_HOLD),
  RESUME(WorkOrderStatus.ON_SITE),
  COMPLETE(WorkOrderStatus.COMPLETED);

  private final WorkOrderStatus to;

  FieldStep(WorkOrderStatus to) {
    this.to = to;
  }

  public WorkOrderStatus to() {
    return to;
  }

  /** The message key of the button's words. */
  public String messageKey() {
    return "step." + name();
  }

  /** Start travel and arrive record where the technician was, when the device knows it. */
  public boolean recordsPosition() {
    return this == START_TRAVEL || this == ARRIVE;
  }
}
