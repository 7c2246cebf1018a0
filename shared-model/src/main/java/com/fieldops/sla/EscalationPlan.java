package com.fieldops.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every escalation level of one work order, for every milestone, at one instant.
 *
 * <p>The scheduler keeps the set of fired level keys per work order and asks: {@link #due} (what
 * to fire now, late ones included), {@link #nextFireAt} (what to index for the next tick), and
 * {@link #withdrawals} (what to take back after a late-arriving event).
 */
public record EscalationPlan(Instant evaluatedAt, SlaClocks clocks, List<EscalationLevel> levels) {

  public EscalationPlan {
    levels = List.copyOf(levels);
  }

  /** Levels due now and not yet fired, oldest first, each with how late it is. */
  public List<DueEscalation> due(Set<String> firedKeys) {
    return levels.stream()
        .filter(l -> l.status() == EscalationLevel.Status.DUE && !firedKeys.contains(l.key()))
        .sorted(Comparator.comparing(EscalationLevel::fireAt))
        .map(l -> new DueEscalation(l, Duration.between(l.fireAt(), evaluatedAt)))
        .toList();
  }

  /**
   * When the scheduler must look at this work order again: now if something is due and unfired,
   * else the earliest pending level. Empty when nothing can fire without a new event (all fired,
   * clocks paused, met or stopped): the server recomputes on every event anyway.
   */
  public Optional<Instant> nextFireAt(Set<String> firedKeys) {
    if (!due(firedKeys).isEmpty()) {
      return Optional.of(evaluatedAt);
    }
    return levels.stream()
        .filter(l -> l.status() == EscalationLevel.Status.PENDING && !firedKeys.contains(l.key()))
        .map(EscalationLevel::fireAt)
        .min(Comparator.naturalOrder());
  }

  /** The levels of one milestone, in policy order. */
  public List<EscalationLevel> levelsOf(Milestone milestone) {
    return levels.stream().filter(l -> l.milestone() == milestone).toList();
  }
}
