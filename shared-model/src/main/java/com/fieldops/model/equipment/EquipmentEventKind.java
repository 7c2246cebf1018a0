package com.fieldops.model.equipment;

public enum EquipmentEventKind {
  INSTALLED,
  INSPECTED,
  SERVICED,
  REPAIRED,
  PART_REPLACED,
  METER_READING,
  DECOMMISSIONED
}
