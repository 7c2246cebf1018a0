package com.fieldops.model.equipment;

public enum EquipmentStatus {
  ACTIVE,
  OUT_OF_SERVICE,
  DECOMMISSIONED
}
