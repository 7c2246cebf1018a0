package com.fieldops.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a policy's escalation rules to a work order's clocks. Pure; the server's scheduler
 * does the firing, recording and notifying.
 *
 * <p>Rules: a level's instant is when its milestone's clock reaches the trigger's reading
 * (a fraction of the target, the target, or the target plus N business minutes). Nothing is due
 * while the work order is in a pausing status. Levels whose instant passed while nothing ran are
 * still DUE (fired late, and the scheduler says so), except warnings of a milestone that has
 * since been met or cancelled in time (SETTLED: telling someone "75 % used" about a met target is
 * noise). A breach is always sent, even when the milestone was reached late.
 */
public final class EscalationPlanner {

  private final Clock clock;

  public EscalationPlanner(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public EscalationPlan plan(SlaPolicy policy, SlaTimeline timeline) {
    return plan(policy, timeline, clock.instant());
  }

  public static EscalationPlan plan(SlaPolicy policy, SlaTimeline timeline, Instant now) {
    BusinessTime time = BusinessTime.of(policy.calendar());
    Map<Milestone, MilestoneRun> runs = new EnumMap<>(Milestone.class);
    List<MilestoneClock> clocks = new ArrayList<>();
    for (Milestone m : Milestone.values()) {
      MilestoneRun run = MilestoneRun.of(policy, timeline, m, now, time);
      runs.put(m, run);
      clocks.add(SlaCalculator.clock(policy, run));
    }
    SlaClocks slaClocks = new SlaClocks(now, timeline.priorityAt(now), clocks);
    List<EscalationLevel> levels = new ArrayList<>();
    for (EscalationRule rule : policy.escalationRules()) {
      if (rule == null || rule.milestone() == null || rule.trigger() == null) {
        continue;
      }
      levels.add(level(rule, runs.get(rule.milestone()), slaClocks.clock(rule.milestone()), now));
    }
    return new EscalationPlan(now, slaClocks, levels);
  }

  private static EscalationLevel level(EscalationRule rule, MilestoneRun run, MilestoneClock clock,
      Instant now) {
    String key = EscalationLevel.keyOf(rule.milestone(), rule.trigger());
    if (!run.hasTarget()) {
      return new EscalationLevel(key, rule.milestone(), rule.trigger(), rule.actions(), null,
          EscalationLevel.Status.NEVER);
    }
    Duration reading = rule.trigger().clockReading(run.target);
    Instant fireAt = run.instantAt(reading).orElse(null);
    EscalationLevel.Status status;
    if (run.isPausedNow()) {
      status = EscalationLevel.Status.HELD;
    } else if (fireAt == null) {
      // not reached within the known running time and not running now: reached or stopped first
      status = EscalationLevel.Status.NEVER;
    } else if (fireAt.isAfter(now)) {
      status = EscalationLevel.Status.PENDING;
    } else if (clock.state() == ClockState.BREACHED) {
      status = EscalationLevel.Status.DUE;
    } else if (clock.state() == ClockState.MET || clock.state() == ClockState.STOPPED) {
      status = EscalationLevel.Status.SETTLED;
    } else {
      status = EscalationLevel.Status.DUE;
    }
    return new EscalationLevel(key, rule.milestone(), rule.trigger(), rule.actions(), fireAt,
        status);
  }
}
