package com.fieldops.workorder.workflow;

import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may move a work order from which status to which: pure functions, no I/O, no clock.
 * The server enforces the answer; the clients use it to offer only the moves that will succeed.
 */
public final class WorkOrderWorkflow {
  private WorkOrderWorkflow() {}

  /**
   * May {@code role} move a work order from {@code from} to {@code to}? Does not know whose job it
   * is: use {@link #check(Role, UUID, WorkOrder, WorkOrderStatus)} when you have the work order.
   * {@code ASSIGNED → ASSIGNED} is a reassignment.
   */
  public static TransitionCheck check(Role role, WorkOrderStatus from, WorkOrderStatus to) {
    Optional<Transition> move = Transition.between(from, to);
    if (move.isEmpty()) {
      if (!from.isOpen() && from != WorkOrderStatus.COMPLETED) {
        return refuse(RefusalReason.FINISHED, "workflow.refused.finished", from);
      }
      if (from == to) {
        return refuse(RefusalReason.UNCHANGED, "workflow.refused.unchanged", from);
      }
      List<WorkOrderStatus> next = nextStatuses(from);
      return refuse(RefusalReason.NO_SUCH_MOVE, "workflow.refused.noSuchMove", from, to, next);
    }
    Transition transition = move.get();
    if (transition.allows(role)) {
      return new TransitionCheck.Allowed(transition);
    }
    if (role == Role.CUSTOMER) {
      return refuse(RefusalReason.ROLE_NOT_ALLOWED, "workflow.refused.customer");
    }
    return transition.who() == Transition.Who.FIELD
        ? refuse(RefusalReason.ROLE_NOT_ALLOWED, "workflow.refused.fieldMove", role, from, to)
        : refuse(RefusalReason.ROLE_NOT_ALLOWED, "workflow.refused.officeMove", role, transition);
  }

  /**
   * Like {@link #check(Role, WorkOrderStatus, WorkOrderStatus)}, and a technician may only move
   * their own job.
   *
   * @param actorTechnicianId the technician the acting user is (null unless role is TECHNICIAN)
   */
  public static TransitionCheck check(Role role, UUID actorTechnicianId, WorkOrder workOrder, WorkOrderStatus to) {
    TransitionCheck check = check(role, workOrder.status(), to);
    if (check instanceof TransitionCheck.Allowed allowed && role == Role.TECHNICIAN
        && allowed.transition().who() == Transition.Who.FIELD
        && (actorTechnicianId == null || !actorTechnicianId.equals(workOrder.assigneeId()))) {
      return refuse(RefusalReason.NOT_YOUR_JOB, "workflow.refused.notYourJob", workOrder.label());
    }
    return check;
  }

  /**
   * Whether a work order's fields (priority, type, problem, schedule...) may still be edited. A
   * closed or cancelled job is a record: its SLA outcome, KPIs and service report must not change
   * afterwards (a priority edit alone would recompute its SLA clocks). Notes may still be added.
   */
  public static boolean isEditable(WorkOrderStatus status) {
    return status != WorkOrderStatus.CLOSED && status != WorkOrderStatus.CANCELLED;
  }

  /** The statuses {@code role} can move a work order to from {@code from} (for buttons and menus). */
  public static Set<WorkOrderStatus> allowedTargets(Role role, WorkOrderStatus from) {
    Set<WorkOrderStatus> targets = EnumSet.noneOf(WorkOrderStatus.class);
    for (Transition t : Transition.values()) {
      if (t.from().contains(from) && t.allows(role)) {
        targets.add(t.to());
      }
    }
    return targets;
  }

  /** The moves {@code role} can make from {@code from}. */
  public static List<Transition> allowedTransitions(Role role, WorkOrderStatus from) {
    return Arrays.stream(Transition.values()).filter(t -> t.from().contains(from) && t.allows(role)).toList();
  }

  /** Where the lifecycle can go from {@code from}, whoever moves it. */
  public static List<WorkOrderStatus> nextStatuses(WorkOrderStatus from) {
    return Arrays.stream(Transition.values()).filter(t -> t.from().contains(from)).map(Transition::to)
        .distinct().sorted().toList();
  }

  private static TransitionCheck.Refused refuse(RefusalReason reason, String key, Object... args) {
    return new TransitionCheck.Refused(reason, key, Arrays.asList(args));
  }
}
