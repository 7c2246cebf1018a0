package com.fieldops.equipment.model;

public enum EquipmentStatus {
  ACTIVE,
  OUT_OF_SERVICE,
  DECOMMISSIONED
}
