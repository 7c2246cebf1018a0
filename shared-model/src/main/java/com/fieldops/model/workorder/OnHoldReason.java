package com.fieldops.model.workorder;

public enum OnHoldReason {
  WAITING_FOR_CUSTOMER,
  WAITING_FOR_PARTS,
  OTHER
}
