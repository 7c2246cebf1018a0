package com.fieldops.sla;

import com.fieldops.workorder.model.Priority;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All of a work order's SLA clocks at one instant: one {@link MilestoneClock} per milestone,
 * always all three (not applicable ones included), so no risk hides behind the nearest one.
 */
public record SlaClocks(Instant evaluatedAt, Priority priority, List<MilestoneClock> clocks) {

  public SlaClocks {
    clocks = List.copyOf(clocks);
  }

  public MilestoneClock clock(Milestone milestone) {
    return clocks.stream().filter(c -> c.milestone() == milestone).findFirst().orElseThrow();
  }

  /** Every clock at risk (breached or past a warning and still open), soonest due first. */
  public List<MilestoneClock> atRisk() {
    return clocks.stream().filter(c -> c.isAtRisk(evaluatedAt))
        .sorted(Comparator.comparing(MilestoneClock::dueAt,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * The next instant after {@link #evaluatedAt()} at which a running clock crosses a warning or
   * its due instant: when a countdown badge must change colour. Empty when nothing is running.
   */
  public Optional<Instant> nextChangeAt() {
    return clocks.stream().filter(c -> c.state() == ClockState.RUNNING)
        .flatMap(c -> Stream.concat(Stream.of(c.dueAt()), c.warnings().stream().map(WarningInstant::at)))
        .filter(t -> t != null && t.isAfter(evaluatedAt))
        .min(Comparator.naturalOrder());
  }
}
