package com.fieldops.replica.view;

import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import java.util.List;
import java.util.UUID;

/** A piece of equipment with its service history (oldest first). */
public record EquipmentView(Equipment equipment, List<EquipmentEvent> history, boolean pending) {
  public UUID id() {
    return equipment.id();
  }
}
