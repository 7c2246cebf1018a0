package com.fieldops.workorder.mutation;

import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import com.fieldops.workorder.workflow.AssignmentCheck;
import com.fieldops.workorder.workflow.RefusalReason;
import com.fieldops.workorder.workflow.TransitionCheck;
import com.fieldops.workorder.workflow.WorkOrderWorkflow;

/** Create, assign, reassign and move work orders through their lifecycle. */
public final class WorkOrderMutations {
  /** Statuses a job can be taken from one technician and given to another. */
  static final Set<WorkOrderStatus> REASSIGNABLE = EnumSet.of(WorkOrderStatus.ASSIGNED, WorkOrderStatus.ACCEPTED,
      WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE, WorkOrderStatus.ON_HOLD);

  private WorkOrderMutations() {}

  public static Outcome create(CreateWorkOrder p, MutationContext ctx) {
    Actor actor = ctx.actor();
    EntityLookup db = ctx.lookup();
    if (!(actor.isAdmin() || actor.isOffice() || actor.isTechnician())) {
      return new Outcome.Rejected(Access.forbidden());
    }
    if (ctx.entityId() == null) {
      return Outcome.reject(Codes.INVALID, "protocol.entityId.required", "entityId");
    }
    if (db.find(WorkOrder.class, ctx.entityId()).isPresent()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.exists", "entityId", String.valueOf(ctx.entityId()));
    }
    Optional<Site> site = db.find(Site.class, p.siteId());
    if (site.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("siteId", "Site", p.siteId()));
    }
    String region = site.get().region();
    UUID assignee = p.assigneeId();
    if (actor.isTechnician()) {
      // a technician may open a follow-up job in their own region, for themselves only
      Optional<Technician> self = actor.technicianId() == null ? Optional.empty()
          : db.find(Technician.class, actor.technicianId());
      if (self.isEmpty() || !self.get().region().equals(region)) {
        return new Outcome.Rejected(Access.notFound("siteId", "Site", p.siteId()));
      }
      if (assignee != null && !assignee.equals(actor.technicianId())) {
        return new Outcome.Rejected(Access.forbidden());
      }
      assignee = actor.technicianId();
    } else if (!actor.managesRegion(region)) {
      return new Outcome.Rejected(Access.notFound("siteId", "Site", p.siteId()));
    }
    if (!site.get().customerId().equals(p.customerId())) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.siteNotOfCustomer", "siteId");
    }
    if (db.find(Customer.class, p.customerId()).isEmpty()) {
      return new Outcome.Rejected(Access.notFound("customerId", "Customer", p.customerId()));
    }
    Optional<Rejection> refs = checkContactAndEquipment(db, p.customerId(), p.siteId(), p.contactId(), p.equipmentId());
    if (refs.isPresent()) {
      return new Outcome.Rejected(refs.get());
    }
    if (assignee != null) {
      Optional<Rejection> tech = checkTechnician(db, assignee, "assigneeId", region);
      if (tech.isPresent()) {
        return new Outcome.Rejected(tech.get());
      }
    }
    WorkOrderStatus status = assignee == null ? WorkOrderStatus.NEW : WorkOrderStatus.ASSIGNED;
    WorkOrder wo = new WorkOrder(ctx.entityId(), null, p.customerId(), p.siteId(), p.contactId(), p.equipmentId(),
        p.type(), p.priority(), status, null, assignee, p.requiredSkill(), region, p.scheduledStart(),
        p.scheduledEnd(), p.problem(), null, ctx.occurredAt(), actor.userId(), p.requiredSkillLevel());
    List<Object> writes = new ArrayList<>();
    writes.add(wo);
    writes.add(new WorkOrderEvent.Created(ctx.derivedId(0), wo.id(), actor.userId(), ctx.deviceId(), ctx.occurredAt(),
        ctx.now(), p.type(), p.priority()));
    if (assignee != null) {
      writes.add(new WorkOrderEvent.Assigned(ctx.derivedId(1), wo.id(), actor.userId(), ctx.deviceId(),
          ctx.occurredAt(), ctx.now(), null, assignee));
    }
    Optional<Rejection> checklists = Checklists.forNewJob(db, wo, p.checklistTemplateId(), writes);
    if (checklists.isPresent()) {
      return new Outcome.Rejected(checklists.get());
    }
    return new Outcome.Applied(writes, List.of());
  }

  /**
   * The one decision behind "this job goes to this technician (at this time)", made against the job
   * as it is now: a NEW job is assigned, a job in the field is handed over (it returns to ASSIGNED),
   * the same technician only gets the new time. Decision 0012.
   */
  public static Outcome assign(AssignWorkOrder p, MutationContext ctx) {
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, ctx.entityId()).orElse(null);
    Optional<Rejection> access = officeAccess(ctx.actor(), wo, ctx.entityId());
    if (access.isPresent()) {
      return new Outcome.Rejected(access.get());
    }
    if (wo.status() != WorkOrderStatus.NEW && !REASSIGNABLE.contains(wo.status())) {
      return Outcome.reject(Codes.TRANSITION_NOT_ALLOWED, "protocol.rejected.assignFinished", null, wo.label(),
          wo.status().name());
    }
    if ((p.scheduledStart() == null) != (p.scheduledEnd() == null)) {
      return Outcome.reject(Codes.INVALID, "workorder.schedule.incomplete",
          p.scheduledStart() == null ? "scheduledStart" : "scheduledEnd");
    }
    boolean sameTechnician = p.technicianId().equals(wo.assigneeId());
    boolean newTime = p.hasWindow()
        && !(p.scheduledStart().equals(wo.scheduledStart()) && p.scheduledEnd().equals(wo.scheduledEnd()));
    if (sameTechnician && !newTime) {
      return Outcome.reject(Codes.UNCHANGED, "protocol.rejected.sameAssignee", "technicianId");
    }
    if (!sameTechnician) {
      Optional<Rejection> refused = workflow(ctx.actor(), wo, WorkOrderStatus.ASSIGNED);
      if (refused.isPresent()) {
        return new Outcome.Rejected(refused.get());
      }
      Optional<Rejection> tech = checkTechnician(ctx.lookup(), p.technicianId(), "technicianId", wo.region());
      if (tech.isPresent()) {
        return new Outcome.Rejected(tech.get());
      }
    }
    return assignTo(wo, sameTechnician ? null : p.technicianId(), newTime ? p : null, p.comment(), ctx);
  }

  /** Recorded by consoles before 0012: the same function, with its old refusals. */
  public static Outcome reassign(ReassignWorkOrder p, MutationContext ctx) {
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, ctx.entityId()).orElse(null);
    Optional<Rejection> access = officeAccess(ctx.actor(), wo, ctx.entityId());
    if (access.isPresent()) {
      return new Outcome.Rejected(access.get());
    }
    if (!REASSIGNABLE.contains(wo.status())) {
      return Outcome.reject(Codes.TRANSITION_NOT_ALLOWED, "protocol.rejected.reassignStatus", null, wo.label(),
          wo.status().name());
    }
    return assign(new AssignWorkOrder(p.technicianId(), null, null, p.comment()), ctx);
  }

  /**
   * The job given to {@code technicianId} (null: stays with its technician) and, with {@code window},
   * scheduled for it; one history event per change.
   */
  private static Outcome assignTo(WorkOrder wo, UUID technicianId, AssignWorkOrder window, String comment,
      MutationContext ctx) {
    Actor actor = ctx.actor();
    WorkOrder next = wo;
    List<Object> events = new ArrayList<>();
    if (technicianId != null) {
      next = next.withAssignee(technicianId).withStatus(WorkOrderStatus.ASSIGNED, null);
      events.add(new WorkOrderEvent.Assigned(ctx.derivedId(events.size()), wo.id(), actor.userId(), ctx.deviceId(),
          ctx.occurredAt(), ctx.now(), wo.assigneeId(), technicianId));
      if (wo.status() != WorkOrderStatus.ASSIGNED) {
        events.add(new WorkOrderEvent.StatusChanged(ctx.derivedId(events.size()), wo.id(), actor.userId(),
            ctx.deviceId(), ctx.occurredAt(), ctx.now(), wo.status(), WorkOrderStatus.ASSIGNED, null, comment));
      }
    }
    if (window != null) {
      scheduleEdit(events, wo, "scheduledStart", wo.scheduledStart(), window.scheduledStart(), ctx);
      scheduleEdit(events, wo, "scheduledEnd", wo.scheduledEnd(), window.scheduledEnd(), ctx);
      next = next.withSchedule(window.scheduledStart(), window.scheduledEnd());
    }
    List<Object> writes = new ArrayList<>();
    writes.add(next);
    writes.addAll(events);
    return new Outcome.Applied(writes, List.of());
  }

  /** The same history entry a field edit of the schedule writes. */
  private static void scheduleEdit(List<Object> events, WorkOrder wo, String field, Instant from, Instant to,
      MutationContext ctx) {
    if (to.equals(from)) {
      return;
    }
    events.add(new WorkOrderEvent.FieldEdited(ctx.derivedId(events.size()), wo.id(), ctx.actor().userId(),
        ctx.deviceId(), ctx.occurredAt(), ctx.now(), field, from == null ? null : from.toString(), to.toString(),
        null));
  }

  public static Outcome changeStatus(ChangeWorkOrderStatus p, MutationContext ctx) {
    return changeStatus(p, null, ctx);
  }

  /**
   * The job completed with the completion form: the COMPLETED move (same checks as any status move,
   * plus no required checklist item open) and the machine's history line with the details.
   */
  public static Outcome complete(CompleteWorkOrder p, MutationContext ctx) {
    return changeStatus(new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null, p.resolution(), p.comment()), p,
        ctx);
  }

  private static Outcome changeStatus(ChangeWorkOrderStatus p, CompleteWorkOrder form, MutationContext ctx) {
    Actor actor = ctx.actor();
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, ctx.entityId()).orElse(null);
    Optional<Rejection> access = WorkOrderAccess.check(actor, wo, ctx.entityId());
    if (access.isPresent()) {
      return new Outcome.Rejected(access.get());
    }
    Optional<Rejection> refused = workflow(actor, wo, p.to());
    if (refused.isPresent()) {
      return new Outcome.Rejected(refused.get());
    }
    OnHoldReason reason = p.to() == WorkOrderStatus.ON_HOLD ? p.onHoldReason() : null;
    if (p.to() == WorkOrderStatus.ON_HOLD && reason == null) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.onHoldReason", "onHoldReason");
    }
    if (WorkOrder.NEEDS_ASSIGNEE.contains(p.to()) && wo.assigneeId() == null) {
      // a job gets its technician through AssignWorkOrder; a bare status move would leave it unassigned
      return Outcome.reject(Codes.INVALID, "protocol.rejected.assignFirst", "to", wo.label());
    }
    WorkOrder next = wo.withStatus(p.to(), reason);
    if (p.resolution() != null && !p.resolution().isBlank()) {
      next = next.withResolution(p.resolution());
    }
    if (p.to() == WorkOrderStatus.COMPLETED && (next.resolution() == null || next.resolution().isBlank())) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.resolutionRequired", "resolution");
    }
    Object event = new WorkOrderEvent.StatusChanged(ctx.derivedId(0), wo.id(), actor.userId(), ctx.deviceId(),
        ctx.occurredAt(), ctx.now(), wo.status(), p.to(), reason, p.comment(), p.position());
    if (p.to() != WorkOrderStatus.COMPLETED) {
      return Outcome.Applied.of(next, event);
    }
    Optional<Rejection> open = Checklists.requiredItemsOpen(ctx.lookup(), wo.id());
    if (open.isPresent()) {
      return new Outcome.Rejected(open.get());
    }
    if (wo.equipmentId() == null) {
      return Outcome.Applied.of(next, event);
    }
    // completing a job on a machine writes the machine's history (decision 0018)
    return Outcome.Applied.of(next, event, MachineHistory.completed(next, next.resolution(),
        form == null ? null : form.failureCode(), form == null ? null : form.firstTimeFix(),
        form != null && form.followUpNeeded(), ctx, 1));
  }

  /** The state machine's answer ({@link WorkOrderWorkflow}), as a rejection with a protocol message. */
  private static Optional<Rejection> workflow(Actor actor, WorkOrder wo, WorkOrderStatus to) {
    TransitionCheck check = WorkOrderWorkflow.check(actor.role(), actor.technicianId(), wo, to);
    if (!(check instanceof TransitionCheck.Refused refused)) {
      return Optional.empty();
    }
    RefusalReason reason = refused.reason();
    if (reason == RefusalReason.UNCHANGED) {
      return Optional.of(Rejection.of(Codes.UNCHANGED, "protocol.rejected.sameStatus", "to", wo.label(), to.name()));
    }
    if (reason == RefusalReason.NOT_YOUR_JOB) {
      return Optional.of(Rejection.of(Codes.NOT_YOUR_JOB, "protocol.rejected.notYourJob", "entityId", wo.label()));
    }
    if (reason == RefusalReason.ROLE_NOT_ALLOWED) {
      return Optional.of(Rejection.of(Codes.FORBIDDEN, "protocol.rejected.transitionRole", "to", wo.status().name(),
          to.name()));
    }
    return Optional.of(Rejection.of(Codes.TRANSITION_NOT_ALLOWED, "protocol.rejected.transition", "to", wo.label(),
        wo.status().name(), to.name()));
  }

  /** Assignment is office work: admin anywhere, dispatchers and supervisors in their region. */
  private static Optional<Rejection> officeAccess(Actor actor, WorkOrder wo, UUID requestedId) {
    Optional<Rejection> access = WorkOrderAccess.check(actor, wo, requestedId);
    if (access.isPresent()) {
      return access;
    }
    return actor.isAdmin() || actor.isOffice() ? Optional.empty() : Optional.of(Access.forbidden());
  }

  /** The technician exists, is active and works in the job's region ({@link AssignmentCheck#mayAssign}). */
  static Optional<Rejection> checkTechnician(EntityLookup db, UUID technicianId, String field, String region) {
    Optional<Technician> tech = db.find(Technician.class, technicianId);
    if (tech.isEmpty()) {
      return Optional.of(Access.notFound(field, "Technician", technicianId));
    }
    if (!tech.get().active()) {
      return Optional.of(Rejection.of(Codes.TECHNICIAN_INACTIVE, "protocol.rejected.technicianInactive", field,
          tech.get().name()));
    }
    if (!AssignmentCheck.mayAssign(region, tech.get())) {
      return Optional.of(Rejection.of(Codes.TECHNICIAN_OTHER_REGION, "protocol.rejected.technicianOtherRegion", field,
          tech.get().name(), tech.get().region(), region));
    }
    return Optional.empty();
  }

  static Optional<Rejection> checkContactAndEquipment(EntityLookup db, UUID customerId, UUID siteId, UUID contactId,
      UUID equipmentId) {
    if (contactId != null) {
      Optional<Contact> contact = db.find(Contact.class, contactId);
      if (contact.isEmpty()) {
        return Optional.of(Access.notFound("contactId", "Contact", contactId));
      }
      if (!contact.get().customerId().equals(customerId)) {
        return Optional.of(Rejection.of(Codes.MISMATCH, "protocol.rejected.contactNotOfCustomer", "contactId"));
      }
    }
    if (equipmentId != null) {
      Optional<Equipment> equipment = db.find(Equipment.class, equipmentId);
      if (equipment.isEmpty()) {
        return Optional.of(Access.notFound("equipmentId", "Equipment", equipmentId));
      }
      if (!equipment.get().siteId().equals(siteId)) {
        return Optional.of(Rejection.of(Codes.MISMATCH, "protocol.rejected.equipmentNotAtSite", "equipmentId"));
      }
    }
    return Optional.empty();
  }
}
