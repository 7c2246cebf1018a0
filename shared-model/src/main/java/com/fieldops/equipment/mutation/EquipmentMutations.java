package com.fieldops.equipment.mutation;

import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.workorder.model.WorkOrder;
import java.math.BigDecimal;
import com.fieldops.protocol.mutation.EntityLookup;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * Equipment, created or replaced whole by the office of its site's region (or an admin), and the
 * lines of its service history that are recorded on their own (meter readings).
 */
public final class EquipmentMutations {
  private EquipmentMutations() {}

  public static Outcome upsertEquipment(UpsertEquipment p, MutationContext ctx) {
    Equipment equipment = p.equipment();
    Optional<Rejection> common = Access.officeAndId(ctx, equipment.id(), "equipment.id");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    Optional<Site> site = ctx.lookup().find(Site.class, equipment.siteId());
    if (site.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("equipment.siteId", "Site", equipment.siteId()));
    }
    if (!site.get().customerId().equals(equipment.customerId())) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.siteNotOfCustomer", "equipment.siteId");
    }
    if (!ctx.actor().managesRegion(site.get().region())) {
      return new Outcome.Rejected(Access.notFound("equipment.siteId", "Site", equipment.siteId()));
    }
    Optional<Equipment> before = ctx.lookup().find(Equipment.class, equipment.id());
    if (before.isPresent() && !before.get().siteId().equals(equipment.siteId())) {
      Optional<Site> oldSite = ctx.lookup().find(Site.class, before.get().siteId());
      if (oldSite.isPresent() && !ctx.actor().managesRegion(oldSite.get().region())) {
        return Outcome.reject(Codes.FORBIDDEN, "protocol.rejected.outsideRegion", "equipment.siteId",
            oldSite.get().region());
      }
    }
    return Outcome.Applied.of(equipment);
  }

  /**
   * Appends a {@code METER_READING} line to the machine's history. Meters only go up: a reading
   * below the machine's last one is refused naming {@code value}. A technician records against their
   * own open job on the machine (named, or found: their open job on it); the office of the machine's region may record without a job.
   */
  public static Outcome recordMeterReading(RecordMeterReading p, MutationContext ctx) {
    Actor actor = ctx.actor();
    Optional<Equipment> equipment = ctx.lookup().find(Equipment.class, ctx.entityId());
    Optional<Site> site = equipment.flatMap(e -> ctx.lookup().find(Site.class, e.siteId()));
    if (site.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("entityId", "Equipment", ctx.entityId()));
    }
    Optional<WorkOrder> job = Optional.empty();
    if (p.workOrderId() != null) {
      job = ctx.lookup().find(WorkOrder.class, p.workOrderId())
          .filter(wo -> equipment.get().id().equals(wo.equipmentId()));
      if (job.isEmpty()) {
        return new Outcome.Rejected(Access.notFound("workOrderId", "WorkOrder", p.workOrderId()));
      }
    }
    if (job.isEmpty() && actor.isTechnician() && actor.technicianId() != null) {
      // a technician on site need not name the job: their open job on this machine is the one
      job = openJobsOn(ctx.lookup(), equipment.get().id()).stream()
          .filter(wo -> actor.technicianId().equals(wo.assigneeId())).findFirst();
    }
    boolean office = actor.managesRegion(site.get().region());
    boolean onTheJob = actor.isTechnician() && actor.technicianId() != null && job.isPresent()
        && actor.technicianId().equals(job.get().assigneeId()) && job.get().status().isOpen();
    if (!office && !onTheJob) {
      // a machine the actor may not see reads exactly like one that does not exist
      return new Outcome.Rejected(Access.notFound("entityId", "Equipment", ctx.entityId()));
    }
    UUID equipmentId = equipment.get().id();
    Optional<EquipmentEvent> last = lastReading(ctx.lookup(), equipmentId, ctx.occurredAt());
    if (last.isPresent()) {
      com.fieldops.equipment.model.MeterReadingSummary lastReading =
          com.fieldops.equipment.model.MeterReadingSummary.of(last.get());
      if (p.value().compareTo(lastReading.value()) < 0) {
        return Outcome.reject(Codes.INVALID, "protocol.rejected.meterBelowLast", "value",
            lastReading.value().toPlainString(), lastReading.unit() == null ? "" : lastReading.unit());
      }
    }
    String summary = com.fieldops.equipment.model.MeterReadingSummary.format(p.value(), p.unit(), p.note());
    return Outcome.Applied.of(new EquipmentEvent(ctx.derivedId(0), equipmentId, job.map(WorkOrder::id).orElse(null),
        EquipmentEventKind.METER_READING, ctx.occurredAt(), summary, actor.userId()));
  }

  /** The jobs on the machine not yet completed, closed or cancelled, oldest first. */
  public static java.util.List<WorkOrder> openJobsOn(EntityLookup lookup, UUID equipmentId) {
    return lookup.findAllBy(WorkOrder.class, "equipmentId", equipmentId).stream()
        .filter(wo -> wo.status().isOpen()).toList();
  }

  /**
   * The machine's reading taken last at or before {@code at} (a reading recorded offline earlier
   * counts when it was taken): the one a new reading must not be below. Of readings taken at the same
   * instant, the highest.
   */
  public static Optional<EquipmentEvent> lastReading(EntityLookup lookup, UUID equipmentId, Instant at) {
    return lookup.findAllBy(EquipmentEvent.class, "equipmentId", equipmentId).stream()
        .filter(e -> e.kind() == EquipmentEventKind.METER_READING && !e.occurredAt().isAfter(at))
        // two readings taken at the same instant: the higher one is the later (a meter only goes up);
        // ids are derived hashes, in no order of time
        .max(Comparator.comparing(EquipmentEvent::occurredAt)
            .thenComparing(e -> com.fieldops.equipment.model.MeterReadingSummary.of(e).value())
            .thenComparing(EquipmentEvent::id));
  }
}
