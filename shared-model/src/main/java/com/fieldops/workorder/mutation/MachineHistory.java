package com.fieldops.workorder.mutation;

import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.equipment.model.ServiceDetails;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The line a completed job writes into its machine's service history (issue 13 item 5): the work
 * done, the parts used with their serials, the labour time, the failure code, first-time-fix and
 * follow-up, and the meter reading taken on the job. Decision 0018.
 */
final class MachineHistory {
  private MachineHistory() {}

  /** The history line of {@code wo} completed with {@code resolution}; its id is the mutation's n-th. */
  static EquipmentEvent completed(WorkOrder wo, String resolution, String failureCode, Boolean firstTimeFix,
      boolean followUpNeeded, MutationContext ctx, int n) {
    EntityLookup db = ctx.lookup();
    UUID machine = wo.equipmentId();
    long labour = db.findAllBy(TimeEntry.class, "workOrderId", wo.id()).stream()
        .filter(t -> t.kind() == TimeEntryKind.LABOUR).map(TimeEntry::duration).mapToLong(Duration::toMinutes).sum();
    List<ServiceDetails.PartFitted> parts = db.findAllBy(PartUsage.class, "workOrderId", wo.id()).stream()
        .sorted(Comparator.comparing(PartUsage::usedAt).thenComparing(PartUsage::id))
        .map(u -> new ServiceDetails.PartFitted(u.partId(), u.quantity(), u.serialNumber())).toList();
    // the reading taken on this job (the last, if several); equipment rules build on work orders, not back
    var reading = db.findAllBy(EquipmentEvent.class, "equipmentId", machine).stream()
        .filter(e -> e.kind() == EquipmentEventKind.METER_READING && wo.id().equals(e.workOrderId()))
        .max(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id));
    java.math.BigDecimal value = null;
    String unit = null;
    if (reading.isPresent()) {
      com.fieldops.equipment.model.MeterReadingSummary taken =
          com.fieldops.equipment.model.MeterReadingSummary.of(reading.get());
      value = taken.value();
      unit = taken.unit();
    }
    String code = failureCode == null || failureCode.isBlank() ? null : failureCode.strip();
    ServiceDetails details = new ServiceDetails(code, firstTimeFix, followUpNeeded, labour, parts, value, unit);
    String summary = resolution.strip();
    if (summary.length() > 2000) {
      summary = summary.substring(0, 1999) + "…";
    }
    return new EquipmentEvent(ctx.derivedId(n), machine, wo.id(), kindOf(wo.type(), parts.isEmpty()),
        ctx.occurredAt(), summary, ctx.actor().userId(), details);
  }

  private static EquipmentEventKind kindOf(WorkOrderType type, boolean noParts) {
    return switch (type) {
      case INSTALLATION -> EquipmentEventKind.INSTALLED;
      case INSPECTION -> EquipmentEventKind.INSPECTED;
      case PREVENTIVE -> EquipmentEventKind.SERVICED;
      case BREAKDOWN, REPAIR, COMPLAINT -> noParts ? EquipmentEventKind.REPAIRED : EquipmentEventKind.PART_REPLACED;
    };
  }
}
