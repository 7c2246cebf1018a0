package com.fieldops.replica.view;

import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.workorder.model.WorkOrder;
import java.util.List;

/**
 * A maintenance plan that covers a machine, with the machine's upcoming visits of it (generated,
 * not finished), soonest first.
 */
public record PlanView(MaintenancePlan plan, List<Visit> upcoming) {
  /** A generated visit and its preventive work order (null while the job has not reached this replica). */
  public record Visit(PlannedVisit visit, WorkOrder workOrder) {}
}
