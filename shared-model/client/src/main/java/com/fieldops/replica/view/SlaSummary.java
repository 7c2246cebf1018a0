package com.fieldops.replica.view;

import com.fieldops.sla.Milestone;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.sla.SlaClocks;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.WarningInstant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A work order's SLA clocks in short: the policy that applies and one {@link MilestoneStatus} per
 * milestone (all three, not applicable ones included), as computed at {@code evaluatedAt}.
 */
public record SlaSummary(UUID policyId, String policyName, Instant evaluatedAt, List<MilestoneStatus> milestones) {

  public SlaSummary {
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  public static SlaSummary of(SlaPolicy policy, SlaClocks clocks) {
    List<MilestoneStatus> out = new ArrayList<>();
    for (MilestoneClock c : clocks.clocks()) {
      Instant warning = c.warnings().stream().map(WarningInstant::at).filter(Objects::nonNull).findFirst().orElse(null);
      out.add(new MilestoneStatus(c.milestone(), c.state(), c.priority(), c.targetMinutes(), c.dueAt(), warning,
          c.metAt(), c.businessTimeLeft()));
    }
    return new SlaSummary(policy.id(), policy.name(), clocks.evaluatedAt(), out);
  }

  public Optional<MilestoneStatus> milestone(Milestone m) {
    return milestones.stream().filter(s -> s.milestone() == m).findFirst();
  }

  /** The clocks still counting, paused or open and breached: one badge each. */
  public List<MilestoneStatus> open() {
    return milestones.stream().filter(MilestoneStatus::isOpen).toList();
  }

  /** The earliest due instant of an open clock that is not paused (the queue's sort key); null if none. */
  public Instant nextDue() {
    Instant best = null;
    for (MilestoneStatus s : milestones) {
      if (s.isOpen() && s.state() != com.fieldops.sla.ClockState.PAUSED && s.dueAt() != null
          && (best == null || s.dueAt().isBefore(best))) {
        best = s.dueAt();
      }
    }
    return best;
  }
}
