package com.fieldops.desktop.countdown;

import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.sla.Milestone;
import java.util.ArrayList;
import java.util.List;

/** Where a work order's milestone countdowns come from. */
@FunctionalInterface
public interface CountdownSource {
  List<MilestoneCountdown> countdowns(WorkOrderRow row);

  /**
   * From the row's next SLA due instant alone (what the replica's list rows carry): one running
   * clock for the first milestone the current status has not reached. No warning instant is known
   * this way, so such a badge goes straight from normal to breached.
   */
  static CountdownSource nextDueOnly() {
    return row -> {
      List<MilestoneCountdown> out = new ArrayList<>();
      if (row.slaDue() == null || row.status() == null) {
        return out;
      }
      for (Milestone m : Milestone.values()) {
        if (!m.isReachedBy(row.status())) {
          out.add(new MilestoneCountdown(m, row.slaDue(), null,
              row.status() == com.fieldops.model.workorder.WorkOrderStatus.ON_HOLD
                  ? MilestoneCountdown.Phase.PAUSED : MilestoneCountdown.Phase.RUNNING, null));
          break;
        }
      }
      return out;
    };
  }
}
