package com.fieldops.stock.model;

/**
 * What a stock location is. Warehouses and vans are records ({@link StockLocation}); the others are
 * the ledger's fixed locations ({@link VirtualLocations}), so every movement has both ends.
 */
public enum StockLocationKind {
  WAREHOUSE,
  VAN,
  /** Parts sent and not yet received: a transfer's middle leg. Holds stock like a real place. */
  IN_TRANSIT,
  /** Where receipts come from: outside the company's stock. */
  SUPPLIER,
  /** Where parts used on a job go: installed at the customer's site. */
  CUSTOMER_SITE,
  /** Where count corrections go to (shrinkage, scrap) and come from (found stock). */
  INVENTORY_LOSS;

  /** Outside the company's stock: its on-hand is meaningless (the supplier's only ever falls). */
  public boolean outside() {
    return this == SUPPLIER || this == CUSTOMER_SITE || this == INVENTORY_LOSS;
  }
}
