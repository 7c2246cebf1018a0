package com.fieldops.model.inventory;

public enum PartRequestStatus {
  REQUESTED,
  APPROVED,
  ORDERED,
  DELIVERED,
  CANCELLED
}
