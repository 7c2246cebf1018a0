package com.fieldops.client.visit;

import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.workflow.TransitionCheck;
import com.fieldops.workorder.workflow.WorkOrderWorkflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which field steps a job offers its technician now: the shared workflow answers, step by step. */
public final class FieldSteps {
  private FieldSteps() {}

  /** The steps the shared workflow allows {@code technicianId} on {@code workOrder}, in workflow order. */
  public static List<FieldStep> available(UUID technicianId, WorkOrder workOrder) {
    List<FieldStep> out = new ArrayList<>();
    if (workOrder == null || workOrder.status() == null) {
      return out;
    }
    for (FieldStep step : FieldStep.values()) {
      if (step == FieldStep.RESUME && workOrder.status() != WorkOrderStatus.ON_HOLD) {
        continue; // RESUME and ARRIVE both lead to ON_SITE: tell them apart by where the job is
      }
      if (step == FieldStep.ARRIVE && workOrder.status() == WorkOrderStatus.ON_HOLD) {
        continue;
      }
      if (check(technicianId, workOrder, step).allowed()) {
        out.add(step);
      }
    }
    return out;
  }

  /** The move the job waits for (the first available step that moves it forward), if any. */
  public static Optional<FieldStep> next(UUID technicianId, WorkOrder workOrder) {
    return available(technicianId, workOrder).stream().filter(s -> s != FieldStep.HOLD).findFirst();
  }

  /** The next step a job in {@code status} waits for, for a list row (the row has no work order). */
  public static Optional<FieldStep> nextFor(WorkOrderStatus status) {
    if (status == null) {
      return Optional.empty();
    }
    return switch (status) {
      case ASSIGNED -> Optional.of(FieldStep.ACCEPT);
      case ACCEPTED -> Optional.of(FieldStep.START_TRAVEL);
      case EN_ROUTE -> Optional.of(FieldStep.ARRIVE);
      case ON_SITE -> Optional.of(FieldStep.COMPLETE);
      case ON_HOLD -> Optional.of(FieldStep.RESUME);
      default -> Optional.empty();
    };
  }

  /** The shared workflow's verdict on one step, with its readable reason when refused. */
  public static TransitionCheck check(UUID technicianId, WorkOrder workOrder, FieldStep step) {
    return WorkOrderWorkflow.check(Role.TECHNICIAN, technicianId, workOrder, step.to());
  }
}
