package com.fieldops.replica.view;

import com.fieldops.model.equipment.Equipment;
import com.fieldops.model.equipment.EquipmentEvent;
import java.util.List;
import java.util.UUID;

/** A piece of equipment with its service history (oldest first). */
public record EquipmentView(Equipment equipment, List<EquipmentEvent> history, boolean pending) {
  public UUID id() {
    return equipment.id();
  }
}
