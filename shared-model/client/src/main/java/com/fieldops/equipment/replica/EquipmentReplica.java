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
}
