package com.fieldops.equipment.replica;

import static com.fieldops.replica.store.ViewReads.children;
import static com.fieldops.replica.store.ViewReads.doc;

import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ViewReads;
import com.fieldops.replica.view.EquipmentView;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Equipment in the replica: one machine with its service history. Machines are written with the
 * replica's generic {@code record} ({@code UpsertEquipment}); the history comes from the server
 * (completing a job writes it).
 */
public final class EquipmentReplica {
  private final LocalStore store;

  public EquipmentReplica(LocalStore store) {
    this.store = store;
  }

  /** A machine with its service history, oldest first; empty if not in the local scope. */
  public Optional<EquipmentView> equipment(UUID equipmentId) {
    return store.query(c -> {
      Optional<Equipment> e = doc(c, EntityTypes.EQUIPMENT, equipmentId, Equipment.class);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      Set<UUID> pending = new HashSet<>();
      List<EquipmentEvent> history = children(c, EntityTypes.EQUIPMENT_EVENT, "equipmentId", equipmentId,
          EquipmentEvent.class, pending);
      history.sort(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id));
      return Optional.of(new EquipmentView(e.get(), history, ViewReads.isPending(c, EntityTypes.EQUIPMENT, equipmentId)));
    });
  }

  /**
   * The machine's service history for a history screen, newest first: each line with the job it was
   * written on and, for a completed job, the parts with their serials (named from the catalogue),
   * labour, failure code, flags and the reading. Empty if the machine has no history in the local scope.
   */
  public java.util.List<com.fieldops.replica.view.EquipmentHistoryRow> history(UUID equipmentId) {
    return store.query(c -> {
      Set<UUID> pending = new HashSet<>();
      List<EquipmentEvent> lines = children(c, EntityTypes.EQUIPMENT_EVENT, "equipmentId", equipmentId,
          EquipmentEvent.class, pending);
      lines.sort(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id).reversed());
      java.util.Map<UUID, java.util.Optional<com.fieldops.stock.model.Part>> catalogue = new java.util.HashMap<>();
      List<com.fieldops.replica.view.EquipmentHistoryRow> rows = new java.util.ArrayList<>();
      for (EquipmentEvent e : lines) {
        String label = e.workOrderId() == null ? null
            : doc(c, EntityTypes.WORK_ORDER, e.workOrderId(), com.fieldops.workorder.model.WorkOrder.class)
                .map(com.fieldops.workorder.model.WorkOrder::label).orElse(null);
        com.fieldops.equipment.model.ServiceDetails d = e.details();
        List<com.fieldops.replica.view.EquipmentHistoryRow.PartLine> parts = new java.util.ArrayList<>();
        if (d != null) {
          for (com.fieldops.equipment.model.ServiceDetails.PartFitted p : d.parts()) {
            java.util.Optional<com.fieldops.stock.model.Part> part = catalogue.computeIfAbsent(p.partId(), id -> {
              try {
                return doc(c, EntityTypes.PART, id, com.fieldops.stock.model.Part.class);
              } catch (java.sql.SQLException ex) {
                throw new com.fieldops.replica.store.ReplicaStoreException("replica read failed", ex);
              }
            });
            parts.add(new com.fieldops.replica.view.EquipmentHistoryRow.PartLine(p.partId(),
                part.map(com.fieldops.stock.model.Part::sku).orElse(null),
                part.map(com.fieldops.stock.model.Part::name).orElse(null), p.quantity(), p.serialNumber()));
          }
        }
        rows.add(new com.fieldops.replica.view.EquipmentHistoryRow(e.id(), e.occurredAt(), e.kind(), e.summary(),
            e.workOrderId(), label, d == null ? null : d.failureCode(), d == null ? null : d.firstTimeFix(),
            d != null && d.followUpNeeded(), d == null ? 0 : d.labourMinutes(), parts,
            d == null ? null : d.meterReading(), d == null ? null : d.meterUnit(), pending.contains(e.id())));
      }
      return rows;
    });
  }
}
