package com.fieldops.client.countdown;

import com.fieldops.sla.Milestone;
import java.time.Duration;
import java.time.Instant;

/**
 * One milestone's clock as a badge shows it, from the SLA calculator's answer (due and warning
 * instants, and whether it was paused, met or breached when computed). Only a running clock
 * changes with time, so the badge re-evaluates it on each tick without calling the calculator.
 *
 * @param pausedLeft business time left while paused (the due instant moves while paused)
 */
public record MilestoneCountdown(
    Milestone milestone, Instant due, Instant warningAt, Phase phase, Duration pausedLeft) {

  /** The calculator's state when it was computed. */
  public enum Phase { RUNNING, PAUSED, MET, BREACHED, STOPPED }

  public BadgeState stateAt(Instant now) {
    return switch (phase) {
      case MET -> BadgeState.MET;
      case BREACHED -> BadgeState.BREACHED;
      case PAUSED -> BadgeState.PAUSED;
      case STOPPED -> BadgeState.STOPPED;
      case RUNNING -> due != null && !now.isBefore(due) ? BadgeState.BREACHED
          : warningAt != null && !now.isBefore(warningAt) ? BadgeState.WARNING
          : BadgeState.OK;
    };
  }

  /** Time to the due instant (negative once overdue); the paused remainder while paused. */
  public Duration leftAt(Instant now) {
    if (phase == Phase.PAUSED && pausedLeft != null) {
      return pausedLeft;
    }
    return due == null ? Duration.ZERO : Duration.between(now, due);
  }
}
