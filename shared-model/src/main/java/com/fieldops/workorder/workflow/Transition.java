package com.fieldops.workorder.workflow;

import static com.fieldops.workorder.model.WorkOrderStatus.ACCEPTED;
import static com.fieldops.workorder.model.WorkOrderStatus.ASSIGNED;
import static com.fieldops.workorder.model.WorkOrderStatus.CANCELLED;
import static com.fieldops.workorder.model.WorkOrderStatus.CLOSED;
import static com.fieldops.workorder.model.WorkOrderStatus.COMPLETED;
import static com.fieldops.workorder.model.WorkOrderStatus.EN_ROUTE;
import static com.fieldops.workorder.model.WorkOrderStatus.NEW;
import static com.fieldops.workorder.model.WorkOrderStatus.ON_HOLD;
import static com.fieldops.workorder.model.WorkOrderStatus.ON_SITE;

import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every move of the work-order lifecycle:
 * {@code NEW → ASSIGNED → ACCEPTED → EN_ROUTE → ON_SITE ⇄ ON_HOLD → COMPLETED → CLOSED},
 * {@code CANCELLED} from any open state, and reassignment back to {@code ASSIGNED}.
 *
 * <p>Who: the assigned technician moves the job through the field (accept … complete); the office
 * (dispatcher, supervisor) assigns, reassigns, cancels and closes; an admin may do everything;
 * a customer nothing. Dispatchers do not make field moves for a technician: the time of a field
 * move feeds the SLA clocks and must come from the person who was there.
 */
public enum Transition {
  ASSIGN(EnumSet.of(NEW), ASSIGNED, Who.OFFICE),
  /** To another technician; from ASSIGNED this is the only move that keeps the status. */
  REASSIGN(EnumSet.of(ASSIGNED, ACCEPTED, EN_ROUTE, ON_SITE, ON_HOLD), ASSIGNED, Who.OFFICE),
  ACCEPT(EnumSet.of(ASSIGNED), ACCEPTED, Who.FIELD),
  START_TRAVEL(EnumSet.of(ACCEPTED), EN_ROUTE, Who.FIELD),
  ARRIVE(EnumSet.of(EN_ROUTE), ON_SITE, Who.FIELD),
  /** Needs an {@link com.fieldops.workorder.model.OnHoldReason}. */
  PUT_ON_HOLD(EnumSet.of(ON_SITE), ON_HOLD, Who.FIELD),
  RESUME(EnumSet.of(ON_HOLD), ON_SITE, Who.FIELD),
  /** Needs a resolution. */
  COMPLETE(EnumSet.of(ON_SITE), COMPLETED, Who.FIELD),
  CLOSE(EnumSet.of(COMPLETED), CLOSED, Who.OFFICE),
  CANCEL(EnumSet.of(NEW, ASSIGNED, ACCEPTED, EN_ROUTE, ON_SITE, ON_HOLD), CANCELLED, Who.OFFICE);

  /** Whose work a move is. */
  public enum Who {
    /** The technician assigned to the job (and admins). */
    FIELD(EnumSet.of(Role.TECHNICIAN, Role.ADMIN)),
    /** Dispatchers and supervisors (and admins). */
    OFFICE(EnumSet.of(Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN));

    private final Set<Role> roles;

    Who(Set<Role> roles) {
      this.roles = roles;
    }

    public Set<Role> roles() {
      return EnumSet.copyOf(roles);
    }
  }

  private final Set<WorkOrderStatus> from;
  private final WorkOrderStatus to;
  private final Who who;

  Transition(Set<WorkOrderStatus> from, WorkOrderStatus to, Who who) {
    this.from = from;
    this.to = to;
    this.who = who;
  }

  public Set<WorkOrderStatus> from() {
    return EnumSet.copyOf(from);
  }

  public WorkOrderStatus to() {
    return to;
  }

  public Who who() {
    return who;
  }

  public boolean allows(Role role) {
    return who.roles.contains(role);
  }

  /** The move from {@code from} to {@code to}, if the lifecycle has one (at most one exists). */
  public static Optional<Transition> between(WorkOrderStatus from, WorkOrderStatus to) {
    return Arrays.stream(values()).filter(t -> t.to == to && t.from.contains(from)).findFirst();
  }
}
