package com.fieldops.client.countdown;

import com.fieldops.replica.view.MilestoneStatus;
import com.fieldops.replica.view.SlaSummary;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.sla.ClockState;
import java.util.ArrayList;
import java.util.List;

/** Where a work order's milestone countdowns come from. */
@FunctionalInterface
public interface CountdownSource {
  List<MilestoneCountdown> countdowns(WorkOrderRow row);

  /**
   * One badge per open milestone of the clocks the replica keeps for the row (the shared SLA rule
   * computed them when the work order, its history, its contract or its policy last changed).
   */
  static CountdownSource fromReplica() {
    return row -> fromSummary(row.sla());
  }

  /** One countdown per open milestone (running, paused, or breached and not yet reached). */
  static List<MilestoneCountdown> fromSummary(SlaSummary sla) {
    List<MilestoneCountdown> out = new ArrayList<>();
    if (sla == null) {
      return out;
    }
    for (MilestoneStatus s : sla.open()) {
      MilestoneCountdown.Phase phase = s.state() == ClockState.BREACHED ? MilestoneCountdown.Phase.BREACHED
          : s.state() == ClockState.PAUSED ? MilestoneCountdown.Phase.PAUSED : MilestoneCountdown.Phase.RUNNING;
      out.add(new MilestoneCountdown(s.milestone(), s.dueAt(), s.warningAt(), phase, s.businessTimeLeft()));
    }
    return out;
  }

  /**
   * Every milestone, reached ones too (a work order's detail shows met and breached outcomes, and
   * the clocks a cancellation stopped).
   */
  static List<MilestoneCountdown> allMilestones(SlaSummary sla) {
    List<MilestoneCountdown> out = new ArrayList<>();
    if (sla == null) {
      return out;
    }
    for (MilestoneStatus s : sla.milestones()) {
      if (s.state() == ClockState.NOT_APPLICABLE) {
        continue;
      }
      MilestoneCountdown.Phase phase = switch (s.state()) {
        case STOPPED -> MilestoneCountdown.Phase.STOPPED;
        case BREACHED -> MilestoneCountdown.Phase.BREACHED;
        case PAUSED -> MilestoneCountdown.Phase.PAUSED;
        case MET -> MilestoneCountdown.Phase.MET;
        default -> MilestoneCountdown.Phase.RUNNING;
      };
      out.add(new MilestoneCountdown(s.milestone(), s.dueAt(), s.warningAt(), phase, s.businessTimeLeft()));
    }
    return out;
  }
}
