package com.fieldops.demo;

import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The demo's maintenance plans: quarterly, half-yearly or yearly visits for about a quarter of the
 * active machines, the next one due within the interval; every third one waits for the previous
 * visit to be finished (as a careful office would set up for heavy machines).
 */
final class DemoPlans {
  private DemoPlans() {}

  /** A plan for one machine, its next visit due on {@code nextDue}. */
  static MaintenancePlan forMachine(UUID id, Equipment machine, Site site, String category, int months,
      Priority priority, String skill, LocalDate nextDue, boolean waitForPrevious) {
    String every = months == 12 ? "yearly" : months == 6 ? "every 6 months" : "every " + months + " months";
    return new MaintenancePlan(id, machine.id(), PlanScope.MACHINE, site.region(), machine.manufacturer(),
        machine.model(), category + " maintenance, " + every, PlanInterval.MONTHS, months, null, null,
        WorkOrderType.PREVENTIVE, priority, skill, months >= 6 ? 180 : 90, null, nextDue, waitForPrevious, true);
  }
}
