package com.fieldops.stock.model;

/** Which locations a movement touches: see {@link StockMovement#ruleBreaches()}. */
public enum StockMovementKind {
  /** Into a location from outside (supplier). */
  RECEIPT,
  /** From one location to another (warehouse → van). */
  TRANSFER,
  /** Out of a location into a work order. */
  CONSUMPTION,
  /** Back from a work order into a location. */
  RETURN,
  /** Stock-take correction in or out of one location. */
  ADJUSTMENT
}
