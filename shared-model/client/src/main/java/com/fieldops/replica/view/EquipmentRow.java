package com.fieldops.replica.view;

import com.fieldops.equipment.model.Equipment;
import java.util.UUID;

/** A machine in the equipment list: the machine, whose it is and where it stands. */
public record EquipmentRow(Equipment equipment, String customerName, String siteName, String siteCity, boolean pending) {
  public UUID id() {
    return equipment.id();
  }
}
