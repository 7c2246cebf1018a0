package com.fieldops.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
    if (clock.targetMinutes() == null) {
      return new EscalationLevel(key, rule.milestone(), rule.trigger(), rule.actions(), null,
          EscalationLevel.Status.NEVER);
    }
    // the clock's target: the current priority's, or the one under which it was breached
    Duration reading = rule.trigger().clockReading(Duration.ofMinutes(clock.targetMinutes()));
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

  /**
   * Fired levels that the timeline, now including a late-arriving event, disproves: evaluated as
   * of the instant each level fired, the clock had not reached it (the milestone was reached
   * first, or a pause had stopped the clock). Call it after applying an event whose effective
   * time is earlier than its arrival ({@link OfflineEventTime#isLate()}). Priority changes made
   * after a level fired do not disprove it, and keys no rule of the policy produces are ignored.
   *
   * @param firedAt fired level keys of this work order with the instant each was fired
   */
  public static List<EscalationWithdrawal> withdrawals(SlaPolicy policy, SlaTimeline timeline,
      Map<String, Instant> firedAt) {
    List<EscalationWithdrawal> result = new ArrayList<>();
    for (Map.Entry<String, Instant> fired : new TreeMap<>(firedAt).entrySet()) {
      EscalationPlan then = plan(policy, timeline, fired.getValue());
      for (EscalationLevel level : then.levels()) {
        if (!level.key().equals(fired.getKey())) {
          continue;
        }
        MilestoneClock clock = then.clocks().clock(level.milestone());
        if (clock.state() == ClockState.NOT_APPLICABLE) {
          continue;
        }
        if (level.fireAt() == null || level.fireAt().isAfter(fired.getValue())) {
          boolean reachedFirst = clock.metAt() != null || clock.stoppedAt() != null;
          result.add(new EscalationWithdrawal(level.key(), level.milestone(), level.trigger(),
              reachedFirst ? EscalationWithdrawal.Reason.MILESTONE_REACHED_FIRST
                  : EscalationWithdrawal.Reason.NOT_REACHED_YET));
        }
      }
    }
    return result;
  }
}
