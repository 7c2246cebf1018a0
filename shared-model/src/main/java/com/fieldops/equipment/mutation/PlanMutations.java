package com.fieldops.equipment.mutation;

import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.equipment.plan.PlanIds;
import com.fieldops.equipment.plan.SystemActor;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.WorkOrderMutations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Maintenance plans, saved by the office of the machine's region, and the visits the server generates from them. */
public final class PlanMutations {
  /** A generated visit is planned on its due day from this hour, in the site's zone. */
  static final LocalTime VISIT_STARTS = LocalTime.of(8, 0);

  private PlanMutations() {}

  /**
   * Saves a plan. Refused naming the field: an unknown machine (or one outside the actor's region,
   * which reads the same), a meter plan on a machine that has no meter reading yet, zero or negative
   * intervals (by the plan's validation).
   */
  public static Outcome upsertPlan(UpsertMaintenancePlan p, MutationContext ctx) {
    MaintenancePlan plan = p.plan();
    Optional<Rejection> common = Access.officeAndId(ctx, plan.id(), "plan.id");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    Optional<Equipment> machine = ctx.lookup().find(Equipment.class, plan.equipmentId());
    Optional<Site> site = machine.flatMap(m -> ctx.lookup().find(Site.class, m.siteId()));
    if (site.isEmpty() || !ctx.actor().managesRegion(site.get().region())) {
      return new Outcome.Rejected(Access.notFound("plan.equipmentId", "Equipment", plan.equipmentId()));
    }
    Optional<MaintenancePlan> before = ctx.lookup().find(MaintenancePlan.class, plan.id());
    if (before.isPresent() && !ctx.actor().managesRegion(before.get().region())) {
      return Outcome.reject(Codes.FORBIDDEN, "protocol.rejected.outsideRegion", "plan.equipmentId",
          before.get().region());
    }
    // the checklist it names must be one its jobs can get (the template's region or every region)
    if (plan.checklistTemplateId() != null && ctx.lookup().find(ChecklistTemplate.class, plan.checklistTemplateId())
        .filter(t -> t.region() == null || t.region().equals(site.get().region())).isEmpty()) {
      return new Outcome.Rejected(Access.notFound("plan.checklistTemplateId", "ChecklistTemplate",
          plan.checklistTemplateId()));
    }
    if (plan.interval() == PlanInterval.METER && latestReading(ctx.lookup(), machine.get().id()).isEmpty()) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.planWithoutMeter", "plan.interval",
          machine.get().serialNumber());
    }
    return Outcome.Applied.of(plan.targeting(site.get().region(), machine.get().manufacturer(),
        machine.get().model()));
  }

  /**
   * One visit becomes a preventive work order through the same rules as a dispatcher's new job
   * ({@link WorkOrderMutations#create}), plus its {@link PlannedVisit}. The ids must be the ones the
   * visit derives ({@link PlanIds}); a visit made already, an inactive plan, a machine the plan does
   * not cover, or (waiting plans) a previous visit still open are refused, so a stale or replayed
   * decision can never make a second job.
   */
  public static Outcome generateVisit(GeneratePlannedVisit p, MutationContext ctx) {
    if (!SystemActor.is(ctx.actor())) {
      // the type itself is what no person may send: the verdict names it, like any other refusal
      return new Outcome.Rejected(Access.forbidden("type"));
    }
    EntityLookup db = ctx.lookup();
    Optional<MaintenancePlan> plan = db.find(MaintenancePlan.class, p.planId());
    if (plan.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("planId", "MaintenancePlan", p.planId()));
    }
    if (!plan.get().active()) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.planInactive", "planId", plan.get().name());
    }
    Optional<Equipment> machine = db.find(Equipment.class, p.equipmentId());
    Optional<Site> site = machine.flatMap(m -> db.find(Site.class, m.siteId()));
    if (site.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("equipmentId", "Equipment", p.equipmentId()));
    }
    if (!plan.get().covers(machine.get(), site.get().region())) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.planNotForMachine", "equipmentId");
    }
    String key = PlanIds.visitKey(p.dueOn(), p.meterThreshold());
    UUID workOrderId = PlanIds.workOrder(p.planId(), p.equipmentId(), key, p.dueOn());
    if (!workOrderId.equals(ctx.entityId())) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.idMismatch", "entityId");
    }
    UUID visitId = PlanIds.visit(p.planId(), p.equipmentId(), key, p.dueOn());
    if (db.find(PlannedVisit.class, visitId).isPresent()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.exists", "entityId", String.valueOf(visitId));
    }
    if (plan.get().waitForPrevious() && p.previousVisitId() != null) {
      Optional<WorkOrder> previous = db.find(PlannedVisit.class, p.previousVisitId())
          .flatMap(v -> db.find(WorkOrder.class, v.workOrderId()));
      if (previous.isPresent() && previous.get().status().isOpen()) {
        return Outcome.reject(Codes.INVALID, "protocol.rejected.previousVisitOpen", "previousVisitId",
            previous.get().label());
      }
    }
    MaintenancePlan pl = plan.get();
    Instant start = p.dueOn().atTime(VISIT_STARTS).atZone(site.get().timeZone()).toInstant();
    String problem = pl.name() + " (" + (p.meterThreshold() != null
        ? p.meterThreshold().toPlainString() + " " + pl.meterUnit() : p.dueOn().toString()) + ")";
    CreateWorkOrder create = new CreateWorkOrder(machine.get().customerId(), site.get().id(), null, machine.get().id(),
        pl.workOrderType(), pl.priority(), pl.requiredSkill(), problem, start,
        start.plusSeconds(60L * pl.expectedMinutes()), null, null, pl.checklistTemplateId());
    Outcome created = WorkOrderMutations.create(create, ctx);
    if (!(created instanceof Outcome.Applied applied)) {
      return created;
    }
    List<Object> writes = new ArrayList<>(applied.writes());
    writes.add(new PlannedVisit(visitId, pl.id(), machine.get().id(), workOrderId, p.dueOn(), p.meterThreshold(),
        ctx.now()));
    return new Outcome.Applied(writes, List.of());
  }

  /** The machine's latest meter reading, if it has any (readings only go up: the last is the highest). */
  public static Optional<BigDecimal> latestReading(EntityLookup lookup, UUID equipmentId) {
    return EquipmentMutations.lastReading(lookup, equipmentId, java.time.Instant.MAX)
        .map(e -> com.fieldops.equipment.model.MeterReadingSummary.of(e).value());
  }

}
