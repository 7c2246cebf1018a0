package com.fieldops.workorder.model;

public enum OnHoldReason {
  WAITING_FOR_CUSTOMER,
  WAITING_FOR_PARTS,
  OTHER
}
