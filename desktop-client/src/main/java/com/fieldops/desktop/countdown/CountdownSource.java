package com.fieldops.desktop.countdown;

import com.fieldops.model.workorder.WorkOrderStatus;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.Milestone;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.sla.SlaClocks;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.WarningInstant;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Where a work order's milestone countdowns come from. */
@FunctionalInterface
public interface CountdownSource {
  List<MilestoneCountdown> countdowns(WorkOrderRow row);

  /** One badge per open milestone of the SLA calculator's answer (all three when at risk). */
  static List<MilestoneCountdown> fromClocks(SlaClocks clocks) {
    List<MilestoneCountdown> out = new ArrayList<>();
    for (MilestoneClock c : clocks.clocks()) {
      if (!c.isOpen()) {
        continue;
      }
      Instant warning = c.warnings().stream().map(WarningInstant::at).filter(java.util.Objects::nonNull)
          .findFirst().orElse(null);
      MilestoneCountdown.Phase phase = c.state() == ClockState.BREACHED ? MilestoneCountdown.Phase.BREACHED
          : c.state() == ClockState.PAUSED ? MilestoneCountdown.Phase.PAUSED : MilestoneCountdown.Phase.RUNNING;
      out.add(new MilestoneCountdown(c.milestone(), c.dueAt(), warning, phase, c.businessTimeLeft()));
    }
    return out;
  }

  /**
   * From what the replica's list rows carry today (the next SLA due instant and the creation
   * instant): one clock for the first milestone the status has not reached, with the policy's
   * default warning threshold taken over elapsed time. An approximation until the rows carry the
   * calculator's {@link SlaClocks}; then use {@link #fromClocks}.
   */
  static CountdownSource nextDueOnly() {
    return row -> {
      List<MilestoneCountdown> out = new ArrayList<>();
      if (row.slaDue() == null || row.status() == null) {
        return out;
      }
      for (Milestone m : Milestone.values()) {
        if (!m.isReachedBy(row.status())) {
          Instant warning = null;
          if (row.createdAt() != null && row.createdAt().isBefore(row.slaDue())) {
            Duration span = Duration.between(row.createdAt(), row.slaDue());
            warning = row.createdAt().plusMillis((long) (span.toMillis() * SlaPolicy.DEFAULT_WARNING_THRESHOLD));
          }
          out.add(new MilestoneCountdown(m, row.slaDue(), warning,
              row.status() == WorkOrderStatus.ON_HOLD ? MilestoneCountdown.Phase.PAUSED : MilestoneCountdown.Phase.RUNNING,
              null));
          break;
        }
      }
      return out;
    };
  }
}
