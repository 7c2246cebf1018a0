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
import java.nio.charset.StandardCharsets;
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
   * own open job on the machine; the office of the machine's region may record without a job.
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
    boolean office = actor.managesRegion(site.get().region());
    boolean onTheJob = actor.isTechnician() && actor.technicianId() != null && job.isPresent()
        && actor.technicianId().equals(job.get().assigneeId()) && job.get().status().isOpen();
    if (!office && !onTheJob) {
      // a machine the actor may not see reads exactly like one that does not exist
      return new Outcome.Rejected(Access.notFound("entityId", "Equipment", ctx.entityId()));
    }
    UUID equipmentId = equipment.get().id();
    int next = 0;
    BigDecimal last = null;
    String lastUnit = null;
    for (Optional<EquipmentEvent> e; (e = ctx.lookup().find(EquipmentEvent.class, readingId(equipmentId, next)))
        .isPresent(); next++) {
      String[] valueAndUnit = e.get().summary().split(" ", 3);
      last = new BigDecimal(valueAndUnit[0]);
      lastUnit = valueAndUnit.length > 1 ? valueAndUnit[1] : "";
    }
    if (last != null && p.value().compareTo(last) < 0) {
      return Outcome.reject(Codes.INVALID, "protocol.rejected.meterBelowLast", "value", last.toPlainString(),
          lastUnit);
    }
    String summary = p.value().toPlainString() + " " + p.unit().strip()
        + (p.note() == null || p.note().isBlank() ? "" : " " + p.note().strip());
    return Outcome.Applied.of(new EquipmentEvent(readingId(equipmentId, next), equipmentId, p.workOrderId(),
        EquipmentEventKind.METER_READING, ctx.occurredAt(), summary, actor.userId()));
  }

  /**
   * The id of the machine's {@code n}-th reading. The rules can look records up by id only, so the
   * readings of a machine form a numbered chain the last reading is found along (the server locks
   * the machine's row while it applies, so two readings never take the same number).
   */
  static UUID readingId(UUID equipmentId, int n) {
    return UUID.nameUUIDFromBytes(("meter-reading:" + equipmentId + ":" + n).getBytes(StandardCharsets.UTF_8));
  }
}
