package com.fieldops.replica.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fieldops.workorder.model.Priority;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.Milestone;
import java.time.Duration;
import java.time.Instant;

/**
 * One milestone's SLA clock as a list shows it: what the calculator said when the work order, its
 * history, its policy or its contract last changed. Only a running clock changes with time, so a
 * badge re-evaluates it with {@link #stateAt} on each tick without the calculator.
 *
 * @param state            the calculator's state when computed
 * @param dueAt            when the target is (or was) used up; null while paused before it or when not applicable
 * @param warningAt        the first warning threshold's instant; null if unknown (paused) or not applicable
 * @param metAt            when the milestone was reached
 * @param businessTimeLeft target minus business time used when computed (the remainder of a paused clock)
 */
public record MilestoneStatus(
    Milestone milestone,
    ClockState state,
    Priority priority,
    Long targetMinutes,
    Instant dueAt,
    Instant warningAt,
    Instant metAt,
    Duration businessTimeLeft) {

  /** Neither reached, stopped nor without a target: a countdown to show. */
  @JsonIgnore
  public boolean isOpen() {
    return (state == ClockState.RUNNING || state == ClockState.PAUSED || state == ClockState.BREACHED) && metAt == null;
  }

  /** The state at {@code now}: a running clock is breached once its due instant has come. */
  public ClockState stateAt(Instant now) {
    if (state == ClockState.RUNNING && dueAt != null && !now.isBefore(dueAt)) {
      return ClockState.BREACHED;
    }
    return state;
  }

  /** Running and past its first warning but not yet due. */
  public boolean isWarningAt(Instant now) {
    return stateAt(now) == ClockState.RUNNING && warningAt != null && !now.isBefore(warningAt);
  }
}
