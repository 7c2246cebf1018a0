package com.fieldops.workorder.model;

/** Work-order lifecycle; the allowed moves and who may make them live in {@code com.fieldops.workflow}. */
public enum WorkOrderStatus {
  NEW,
  ASSIGNED,
  ACCEPTED,
  EN_ROUTE,
  ON_SITE,
  ON_HOLD,
  COMPLETED,
  CLOSED,
  CANCELLED;

  /** Open = still being worked (any SLA clock may run). */
  public boolean isOpen() {
    return this != COMPLETED && this != CLOSED && this != CANCELLED;
  }
}
