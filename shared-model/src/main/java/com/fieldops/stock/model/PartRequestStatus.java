package com.fieldops.stock.model;

/**
 * Where a part request stands. {@link #REQUESTED} is the open state (waiting for a dispatcher);
 * {@link #PARTLY_RECEIVED} and {@link #RECEIVED} follow from the receipts of its transfer.
 * {@link #ORDERED}, {@link #DELIVERED} and {@link #CANCELLED} are kept for requests recorded before
 * requests were mutations (demo data, older files).
 */
public enum PartRequestStatus {
  REQUESTED,
  APPROVED,
  ORDERED,
  DELIVERED,
  CANCELLED,
  DECLINED,
  PARTLY_RECEIVED,
  RECEIVED;

  /** Waiting for a dispatcher's decision. */
  public boolean isOpen() {
    return this == REQUESTED;
  }
}
