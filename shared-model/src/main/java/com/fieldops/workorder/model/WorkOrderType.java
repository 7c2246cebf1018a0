package com.fieldops.workorder.model;

public enum WorkOrderType {
  BREAKDOWN,
  REPAIR,
  PREVENTIVE,
  INSTALLATION,
  INSPECTION
}
