package com.fieldops.replica.view;

import java.time.Duration;
import java.time.Instant;

/**
 * A work order that was completed, for KPIs and "recently done" lists.
 *
 * @param row           the work order as a list shows it, with its final SLA clocks
 * @param completedAt   when it was completed (the time that counts for the clocks)
 * @param timeToResolve from creation to completion (wall-clock time)
 * @param visits        how many times a technician arrived on site (moves into ON_SITE, resumptions included)
 */
public record CompletedWorkOrder(WorkOrderRow row, Instant completedAt, Duration timeToResolve, int visits) {

  /** Fixed on the first visit: completed after at most one arrival on site (remote fixes count too). */
  public boolean firstTimeFix() {
    return visits <= 1;
  }
}
