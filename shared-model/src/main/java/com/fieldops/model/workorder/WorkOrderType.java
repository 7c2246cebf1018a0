package com.fieldops.model.workorder;

public enum WorkOrderType {
  BREAKDOWN,
  REPAIR,
  PREVENTIVE,
  INSTALLATION,
  INSPECTION
}
