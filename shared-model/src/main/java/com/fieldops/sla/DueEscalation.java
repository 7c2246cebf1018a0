package com.fieldops.sla;

import java.time.Duration;

/**
 * A level the scheduler should fire now. {@code lateBy} is how long after its instant it is being
 * fired (e.g. the server was down): the history entry and notification should say so.
 */
public record DueEscalation(EscalationLevel level, Duration lateBy) {

  /** Late beyond the scheduler's normal tick tolerance. */
  public boolean isLate(Duration tolerance) {
    return lateBy.compareTo(tolerance) > 0;
  }
}
