package com.fieldops.workorder.model;

public enum WorkOrderType {
  BREAKDOWN,
  REPAIR,
  PREVENTIVE,
  INSTALLATION,
  INSPECTION,
  /** A follow-up of a visit the customer rated low (1 or 2 stars): opened by the server. */
  COMPLAINT
}
