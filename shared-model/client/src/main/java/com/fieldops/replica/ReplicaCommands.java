package com.fieldops.replica;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Write side: each command checks the action against the local view with the same rules the
 * server uses, then writes the mutation to the durable outbox and its optimistic local effect in
 * one transaction. It returns as soon as that is on disk; the sync engine pushes it later. A
 * {@link CommandOutcome.Refused} changed nothing.
 */
public interface ReplicaCommands {

  /** Creates a work order (its id is made here, so it works offline; the number comes on sync). */
  CommandOutcome createWorkOrder(NewWorkOrder draft);

  /**
   * Gives the job to {@code technicianId} and, with a window, schedules it then: one mutation
   * ({@code AssignWorkOrder}). Whether that is a first assignment, a reassignment (the job returns to
   * ASSIGNED) or only a new time for the same technician is decided by the shared apply function,
   * here and again on the server against the job as it is then. {@code scheduledStart} and
   * {@code scheduledEnd} go together (both null: the schedule stays); {@code comment} (may be null)
   * goes into the history of a reassignment.
   */
  CommandOutcome assign(UUID workOrderId, UUID technicianId, Instant scheduledStart, Instant scheduledEnd,
      String comment);

  /** Assigns or reassigns, leaving the schedule as it is. */
  default CommandOutcome assign(UUID workOrderId, UUID technicianId, String comment) {
    return assign(workOrderId, technicianId, null, null, comment);
  }

  default CommandOutcome assign(UUID workOrderId, UUID technicianId) {
    return assign(workOrderId, technicianId, null, null, null);
  }

  /**
   * Moves the work order to {@code to} through the state machine. {@code onHoldReason} is required
   * for ON_HOLD; {@code resolution} when completing (unless already set); {@code comment} may be null.
   */
  CommandOutcome changeStatus(UUID workOrderId, WorkOrderStatus to, OnHoldReason onHoldReason, String resolution,
      String comment);

  default CommandOutcome changeStatus(UUID workOrderId, WorkOrderStatus to, OnHoldReason onHoldReason) {
    return changeStatus(workOrderId, to, onHoldReason, null, null);
  }

  /** Edits plain fields; only the non-null fields of {@code edit} change (per-field, last server order wins). */
  CommandOutcome editWorkOrder(UUID workOrderId, WorkOrderEdit edit);

  /** A note on the work order; {@code visibleToCustomer} puts it on the service report. */
  CommandOutcome addNote(UUID workOrderId, String text, boolean visibleToCustomer);

  /**
   * Time spent on the job from {@code start} to {@code end}; {@code technicianId} null = the
   * signed-in technician.
   */
  CommandOutcome addTime(UUID workOrderId, UUID technicianId, TimeEntryKind kind, Instant start, Instant end,
      boolean billable, String comment);

  /**
   * Records any mutation type the server knows (customers, sites, contacts, equipment,
   * technicians, parts...): {@code payload} is the type's payload record from
   * {@code com.fieldops.protocol.mutation}, or a {@code JsonNode}.
   */
  CommandOutcome record(String mutationType, UUID entityId, Object payload);
}
