package com.fieldops.sla;

import com.fieldops.workorder.model.Priority;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes a work order's SLA clocks from its policy and timeline. Pure: the same inputs give
 * the same answer on the server and on both clients.
 *
 * <p>Semantics (ARCHITECTURE.md "SLA clocks"): only business time of the policy's calendar
 * counts; time in a pausing status does not; a milestone is met when reached at or before its due
 * instant and breached at the due instant otherwise, and stays breached; the target is the one of
 * the priority in force when the milestone was reached (or now, while open), measured from
 * creation, so a priority change recomputes the due instant and keeps every pause.
 *
 * @throws SlaCalendarException (from the compute methods) when the calendar cannot produce a due
 *     instant (no opening hours at all)
 */
public final class SlaCalculator {

  private final Clock clock;

  public SlaCalculator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The clocks as of the injected clock's now. */
  public SlaClocks compute(SlaPolicy policy, SlaTimeline timeline) {
    return compute(policy, timeline, clock.instant());
  }

  /** The clocks as of {@code now}; events after {@code now} are not yet known and ignored. */
  public static SlaClocks compute(SlaPolicy policy, SlaTimeline timeline, Instant now) {
    BusinessTime time = BusinessTime.of(policy.calendar());
    List<MilestoneClock> clocks = new ArrayList<>();
    for (Milestone m : Milestone.values()) {
      clocks.add(clock(policy, MilestoneRun.of(policy, timeline, m, now, time)));
    }
    return new SlaClocks(now, timeline.priorityAt(now), clocks);
  }

  static MilestoneClock clock(SlaPolicy policy, MilestoneRun run) {
    MilestoneClock earlier = breachUnderEarlierPriority(policy, run);
    if (earlier != null) {
      return earlier;
    }
    if (!run.hasTarget()) {
      return new MilestoneClock(run.milestone, ClockState.NOT_APPLICABLE, run.priority, null, null,
          List.of(), run.reached ? run.stopAt : null, null, run.reached ? null : run.stopAt,
          run.pausedSince, run.used(), null);
    }
    return clockFor(policy, run, run.priority, run.target, false);
  }

  /**
   * "Breached stays breached", also across priority changes: if the clock was past the due
   * instant of a priority while that priority was in force, lowering the priority later does not
   * un-breach it. The clock then reports that priority and target.
   */
  private static MilestoneClock breachUnderEarlierPriority(SlaPolicy policy, MilestoneRun run) {
    for (int i = 0; i < run.earlierPriorities().size(); i++) {
      Priority p = run.earlierPriorities().get(i);
      Duration target = policy.target(p, run.milestone).orElse(null);
      if (target == null) {
        continue;
      }
      Instant due = run.instantAt(target).orElse(null);
      if (due != null && due.isBefore(run.earlierPriorityEnd(i))) {
        return clockFor(policy, run, p, target, true);
      }
    }
    return null;
  }

  private static MilestoneClock clockFor(SlaPolicy policy, MilestoneRun run, Priority priority,
      Duration target, boolean breached) {
    Instant due = run.instantAt(target).orElse(null);
    List<WarningInstant> warnings = new ArrayList<>();
    for (double threshold : policy.sortedWarningThresholds()) {
      Duration reading = EscalationTrigger.warning(threshold).clockReading(target);
      warnings.add(new WarningInstant(threshold, run.instantAt(reading).orElse(null)));
    }
    Duration used = run.used();
    Instant metAt = run.reached ? run.stopAt : null;
    Instant stoppedAt = run.reached ? null : run.stopAt;
    ClockState state;
    Instant breachedAt = null;
    if (breached
        || due != null && (run.reached ? due.isBefore(run.stopAt) : !due.isAfter(run.now))) {
      // For a cancelled work order: due at or before the cancel instant is a breach too.
      state = ClockState.BREACHED;
      breachedAt = due;
    } else if (run.reached) {
      state = ClockState.MET;
    } else if (run.stopAt != null) {
      state = ClockState.STOPPED;
    } else if (run.isPausedNow()) {
      state = ClockState.PAUSED;
    } else {
      state = ClockState.RUNNING;
    }
    if (state == ClockState.MET || state == ClockState.STOPPED) {
      // the instant it was due, for "met 20 minutes early"
      due = run.instantAtIfKeptRunning(target).orElse(null);
    }
    return new MilestoneClock(run.milestone, state, priority, target.toMinutes(),
        state == ClockState.PAUSED ? null : due, warnings, metAt, breachedAt, stoppedAt,
        run.pausedSince, used, target.minus(used));
  }
}
