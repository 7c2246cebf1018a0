package com.fieldops.sla;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fieldops.workorder.model.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One milestone's clock at {@link SlaClocks#evaluatedAt()}.
 *
 * @param priority the priority whose target applies: the one in force when the milestone was
 *     reached or stopped, or now while open (a priority change recomputes from creation)
 * @param targetMinutes the target in business minutes; null when not applicable
 * @param dueAt when the target is (or was) used up; null while PAUSED before the due instant
 *     (it moves when the pause ends) and when not applicable; for a MET or STOPPED clock, when
 *     it would have been due had it kept running (for "met 20 minutes early")
 * @param warnings one per policy threshold, ascending
 * @param metAt when the milestone was reached (also when reached late: then state BREACHED)
 * @param breachedAt the due instant, for BREACHED clocks
 * @param stoppedAt when the work order was cancelled before reaching the milestone
 * @param pausedSince start of the current pause, if the work order is in a pausing state now
 * @param businessTimeUsed business time counted so far (until reached/stopped or now)
 * @param businessTimeLeft target minus used; negative when overdue, null when not applicable
 */
public record MilestoneClock(
    Milestone milestone,
    ClockState state,
    Priority priority,
    Long targetMinutes,
    Instant dueAt,
    List<WarningInstant> warnings,
    Instant metAt,
    Instant breachedAt,
    Instant stoppedAt,
    Instant pausedSince,
    Duration businessTimeUsed,
    Duration businessTimeLeft) {

  public MilestoneClock {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** Still counting or paused: neither reached nor stopped (a breached clock can still be open). */
  @JsonIgnore
  public boolean isOpen() {
    return state != ClockState.NOT_APPLICABLE && metAt == null && stoppedAt == null;
  }

  /** Open and breached, or open and past its first warning: the dispatcher should look at it. */
  public boolean isAtRisk(Instant now) {
    if (!isOpen()) {
      return false;
    }
    if (state == ClockState.BREACHED) {
      return true;
    }
    return warnings.stream().anyMatch(w -> w.at() != null && !w.at().isAfter(now));
  }
}
