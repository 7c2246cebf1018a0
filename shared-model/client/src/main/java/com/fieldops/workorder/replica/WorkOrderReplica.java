package com.fieldops.workorder.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.AddTimeEntry;
import com.fieldops.workorder.mutation.AssignWorkOrder;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.EditWorkOrder;
import com.fieldops.protocol.mutation.FieldEdit;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.EntityDoc;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.Labels;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.MutationRecorder;
import com.fieldops.replica.store.ReplicaMessages;
import com.fieldops.replica.view.CompletedWorkOrder;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.costs.JobCosts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Work orders in the replica: the lists and the detail view (server state + pending mutations), and
 * the commands that add something to a plain recorded mutation: a new id, the value the user saw for
 * a per-field edit, the readable action in the outbox. Any other work-order mutation goes through
 * the replica's generic {@code record}. Each command checks the action against the local view with
 * the same rules the server uses and returns as soon as the mutation is on disk; a
 * {@link CommandOutcome.Refused} changed nothing.
 */
public final class WorkOrderReplica {
  private final LocalStore store;
  private final MutationRecorder recorder;
  private final ReplicaMessages messages;
  private final WorkOrderQueries queries;

  public WorkOrderReplica(MutationRecorder recorder) {
    this.recorder = recorder;
    this.store = recorder.store();
    this.messages = recorder.messages();
    this.queries = new WorkOrderQueries(store);
  }

  // ---- reads ----

  /** Open work orders (not completed, closed or cancelled) in scope, most urgent SLA due first; no due last. */
  public List<WorkOrderRow> openWorkOrders() {
    return queries.openWorkOrders(Integer.MAX_VALUE);
  }

  /** Like {@link #openWorkOrders()} but at most {@code limit} rows (a first screen of a big scope). */
  public List<WorkOrderRow> openWorkOrders(int limit) {
    return queries.openWorkOrders(limit);
  }

  /**
   * Work orders completed at or after {@code since} (completed or already closed), most recent
   * first, at most {@code limit}; each with its final SLA clocks, time to resolve and visits.
   */
  public List<CompletedWorkOrder> recentlyCompleted(Instant since, int limit) {
    return queries.recentlyCompleted(since, limit);
  }

  /**
   * Work orders in scope, open or finished, whose number, problem, customer or site contains
   * {@code text} (case-insensitive; blank finds nothing), newest first, at most {@code limit}: for
   * the call about last week's visit.
   */
  public List<WorkOrderRow> findWorkOrders(String text, int limit) {
    return queries.findWorkOrders(text, limit);
  }

  /** A work order with its history, notes, time, parts and attachments; empty if not in the local scope. */
  public Optional<WorkOrderDetail> workOrder(UUID workOrderId) {
    return queries.workOrder(workOrderId);
  }

  /**
   * What the job comes to: labour, travel and parts in the job's currency, from the time entries, the
   * technicians' rates and the parts used this device holds (docs/decisions/0019); empty if the job is
   * not in the local scope. Show it with {@code com.fieldops.client.costs.CostsText}.
   */
  public Optional<JobCosts> costs(UUID workOrderId) {
    return workOrderId == null ? Optional.empty() : queries.costs(workOrderId);
  }

  // ---- commands ----

  /** Creates a work order (its id is made here, so it works offline; the number comes on sync). */
  public CommandOutcome createWorkOrder(NewWorkOrder d) {
    if (d == null) {
      return recorder.refused("customerId", "refused.customer.unknown");
    }
    UUID id = Ids.newId();
    CreateWorkOrder payload = new CreateWorkOrder(d.customerId(), d.siteId(), d.contactId(), d.equipmentId(), d.type(),
        d.priority(), blankToNull(d.requiredSkill()), d.problem() == null ? null : d.problem().strip(),
        d.scheduledStart(), d.scheduledEnd(), d.assigneeId(), d.requiredSkillLevel());
    return recorder.record(payload, EntityTypes.WORK_ORDER, id, messages.get("action.CreateWorkOrder", Labels.provisional(id)));
  }

  /**
   * Gives the job to {@code technicianId} and, with a window, schedules it then: one mutation
   * ({@code AssignWorkOrder}). Whether that is a first assignment, a reassignment (the job returns to
   * ASSIGNED) or only a new time for the same technician is decided by the shared apply function,
   * here and again on the server against the job as it is then. {@code scheduledStart} and
   * {@code scheduledEnd} go together (both null: the schedule stays); {@code comment} (may be null)
   * goes into the history of a reassignment.
   */
  public CommandOutcome assign(UUID workOrderId, UUID technicianId, Instant scheduledStart, Instant scheduledEnd,
      String comment) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return recorder.refused("workOrderId", "refused.workOrder.unknown");
    }
    Optional<EntityDoc> tech = technicianId == null ? Optional.empty() : store.find(EntityTypes.TECHNICIAN, technicianId);
    if (tech.isEmpty()) {
      return recorder.refused("technicianId", "refused.technician.unknown");
    }
    // assign, reassign or reschedule: the shared apply function decides, here and on the server
    AssignWorkOrder payload = new AssignWorkOrder(technicianId, scheduledStart, scheduledEnd, blankToNull(comment));
    return recorder.record(payload, EntityTypes.WORK_ORDER, workOrderId,
        messages.get("action.AssignWorkOrder", label(wo.get()), text(tech.get().data(), "name")));
  }

  /** Assigns or reassigns, leaving the schedule as it is. */
  public CommandOutcome assign(UUID workOrderId, UUID technicianId, String comment) {
    return assign(workOrderId, technicianId, null, null, comment);
  }

  public CommandOutcome assign(UUID workOrderId, UUID technicianId) {
    return assign(workOrderId, technicianId, null, null, null);
  }

  /**
   * Moves the work order to {@code to} through the state machine. {@code onHoldReason} is required
   * for ON_HOLD; {@code resolution} when completing (unless already set); {@code comment} may be null.
   */
  public CommandOutcome changeStatus(UUID workOrderId, WorkOrderStatus to, OnHoldReason onHoldReason, String resolution,
      String comment) {
    return changeStatus(workOrderId, to, onHoldReason, resolution, comment, null);
  }

  /** A status move with where the device was (start travel, arrive); {@code position} null: no fix. */
  public CommandOutcome changeStatus(UUID workOrderId, WorkOrderStatus to, OnHoldReason onHoldReason, String resolution,
      String comment, com.fieldops.common.GeoPoint position) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return recorder.refused("workOrderId", "refused.workOrder.unknown");
    }
    if (to == WorkOrderStatus.ON_HOLD && onHoldReason == null) {
      return recorder.refused("onHoldReason", "refused.onHoldReason.required");
    }
    ChangeWorkOrderStatus payload = new ChangeWorkOrderStatus(to, to == WorkOrderStatus.ON_HOLD ? onHoldReason : null,
        blankToNull(resolution), blankToNull(comment), position);
    return recorder.record(payload, EntityTypes.WORK_ORDER, workOrderId, messages.get("action.ChangeWorkOrderStatus",
        label(wo.get()), to == null ? "" : messages.get("status." + to.name())));
  }

  public CommandOutcome changeStatus(UUID workOrderId, WorkOrderStatus to, OnHoldReason onHoldReason) {
    return changeStatus(workOrderId, to, onHoldReason, null, null);
  }

  /** Edits plain fields; only the non-null fields of {@code edit} change (per-field, last server order wins). */
  public CommandOutcome editWorkOrder(UUID workOrderId, WorkOrderEdit edit) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return recorder.refused("workOrderId", "refused.workOrder.unknown");
    }
    if (edit == null || edit.isEmpty()) {
      return recorder.refused("", "refused.edit.empty");
    }
    if (edit.problem() != null && edit.problem().isBlank()) {
      return recorder.refused("problem", "refused.problem.required");
    }
    // each field carries the value the user saw, so the server can tell a lost edit (per field)
    JsonNode seen = wo.get().data();
    List<FieldEdit> edits = new ArrayList<>();
    addEdit(edits, seen, "type", edit.type());
    addEdit(edits, seen, "priority", edit.priority());
    addEdit(edits, seen, "problem", edit.problem() == null ? null : edit.problem().strip());
    addEdit(edits, seen, "resolution", edit.resolution());
    addEdit(edits, seen, "requiredSkill", edit.requiredSkill());
    addEdit(edits, seen, "contactId", edit.contactId());
    addEdit(edits, seen, "equipmentId", edit.equipmentId());
    addEdit(edits, seen, "scheduledStart", edit.scheduledStart());
    addEdit(edits, seen, "scheduledEnd", edit.scheduledEnd());
    if (edits.isEmpty()) {
      return recorder.refused("", "refused.edit.empty");
    }
    return recorder.record(new EditWorkOrder(edits), EntityTypes.WORK_ORDER, workOrderId,
        messages.get("action.EditWorkOrder", label(wo.get())));
  }

  private static void addEdit(List<FieldEdit> edits, JsonNode seen, String field, Object to) {
    if (to == null) {
      return;
    }
    JsonNode from = seen.get(field);
    JsonNode value = Json.mapper().valueToTree(to);
    if (!value.equals(from)) {
      edits.add(new FieldEdit(field, from == null || from.isNull() ? null : from, value));
    }
  }

  /** A note on the work order; {@code visibleToCustomer} puts it on the service report. */
  public CommandOutcome addNote(UUID workOrderId, String text, boolean visibleToCustomer) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return recorder.refused("workOrderId", "refused.workOrder.unknown");
    }
    AddNote payload = new AddNote(Ids.newId(), text == null ? null : text.strip(), visibleToCustomer);
    return recorder.record(payload, EntityTypes.WORK_ORDER, workOrderId, messages.get("action.AddNote", label(wo.get())));
  }

  /**
   * Time spent on the job from {@code start} to {@code end}; {@code technicianId} null = the
   * signed-in technician.
   */
  public CommandOutcome addTime(UUID workOrderId, UUID technicianId, TimeEntryKind kind, Instant start, Instant end,
      boolean billable, String comment) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return recorder.refused("workOrderId", "refused.workOrder.unknown");
    }
    AddTimeEntry payload = new AddTimeEntry(Ids.newId(), technicianId, kind, start, end, billable, blankToNull(comment));
    return recorder.record(payload, EntityTypes.WORK_ORDER, workOrderId, messages.get("action.AddTimeEntry", label(wo.get())));
  }

  // ---- checklists and completion (issue 13 items 5 and 7) ----

  /**
   * The job's checklists (made from the templates when it was created), by title, items in the
   * template's order, with this device's pending ticks shown; empty if none or not in the local scope.
   */
  public List<com.fieldops.workorder.model.Checklist> checklists(UUID workOrderId) {
    if (workOrderId == null) {
      return List.of();
    }
    return store.query(c -> {
      List<com.fieldops.workorder.model.Checklist> lists = new ArrayList<>(com.fieldops.replica.store.ViewReads.children(c,
          CHECKLIST, "workOrderId", workOrderId, com.fieldops.workorder.model.Checklist.class, new java.util.HashSet<>()));
      lists.sort(java.util.Comparator.comparing(com.fieldops.workorder.model.Checklist::title)
          .thenComparing(com.fieldops.workorder.model.Checklist::id));
      return lists;
    });
  }

  /**
   * Ticks ({@code done}) or unticks an item of a checklist, with the measured {@code value} for an item
   * that asks for one (in its unit) or the {@code note} for one that asks for a remark; an answer the
   * item does not ask for is refused naming {@code value} or {@code note}, as the server would.
   */
  public CommandOutcome tickChecklistItem(UUID checklistId, UUID itemId, boolean done, java.math.BigDecimal value,
      String note) {
    Optional<EntityDoc> list = checklistId == null ? Optional.empty() : store.find(CHECKLIST, checklistId);
    if (list.isEmpty()) {
      return recorder.refused("checklistId", "refused.checklist.unknown");
    }
    String item = "";
    for (JsonNode i : list.get().data().path("items")) {
      if (String.valueOf(itemId).equals(i.path("id").asText())) {
        item = i.path("text").asText();
      }
    }
    return recorder.record(new com.fieldops.workorder.mutation.TickChecklistItem(itemId, done, value, blankToNull(note)),
        CHECKLIST, checklistId, messages.get(done ? "action.TickChecklistItem" : "action.UntickChecklistItem", item));
  }

  /**
   * Completes the job with the completion form: the work done, first-time-fix (required), follow-up
   * needed, the failure code (may be null); refused while a required checklist item is open, naming it.
   * For a job on a machine it writes the machine's history line.
   */
  public CommandOutcome complete(UUID workOrderId, String resolution, String failureCode, Boolean firstTimeFix,
      boolean followUpNeeded, String comment) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return recorder.refused("workOrderId", "refused.workOrder.unknown");
    }
    var payload = new com.fieldops.workorder.mutation.CompleteWorkOrder(resolution == null ? null : resolution.strip(),
        blankToNull(failureCode), firstTimeFix, followUpNeeded, blankToNull(comment));
    return recorder.record(payload, EntityTypes.WORK_ORDER, workOrderId,
        messages.get("action.CompleteWorkOrder", label(wo.get())));
  }

  private static final String CHECKLIST =
      com.fieldops.protocol.registry.EntityNames.of(com.fieldops.workorder.model.Checklist.class);

  private Optional<EntityDoc> workOrderDoc(UUID id) {
    return id == null ? Optional.empty() : store.find(EntityTypes.WORK_ORDER, id);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String label(EntityDoc wo) {
    String number = text(wo.data(), "number");
    return number != null ? number : Labels.provisional(wo.id());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
