package com.fieldops.equipment.model;

public enum EquipmentEventKind {
  INSTALLED,
  INSPECTED,
  SERVICED,
  REPAIRED,
  PART_REPLACED,
  METER_READING,
  DECOMMISSIONED
}
