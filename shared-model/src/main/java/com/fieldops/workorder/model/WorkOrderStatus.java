package com.fieldops.workorder.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Work-order lifecycle; the allowed moves and who may make them live in {@code com.fieldops.workorder.workflow}. */
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

  /** The finished statuses (not open): for code that filters stored names or builds SQL from them. */
  public static Set<WorkOrderStatus> finished() {
    EnumSet<WorkOrderStatus> finished = EnumSet.noneOf(WorkOrderStatus.class);
    Arrays.stream(values()).filter(s -> !s.isOpen()).forEach(finished::add);
    return finished;
  }

  /** Whether a stored status name is a finished status; a missing or unknown name is not. */
  public static boolean isFinished(String name) {
    return name != null && Arrays.stream(values()).anyMatch(s -> !s.isOpen() && s.name().equals(name));
  }
}
