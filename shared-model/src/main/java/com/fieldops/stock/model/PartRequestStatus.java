package com.fieldops.stock.model;

public enum PartRequestStatus {
  REQUESTED,
  APPROVED,
  ORDERED,
  DELIVERED,
  CANCELLED
}
