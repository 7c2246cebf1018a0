package com.fieldops.model.inventory;

public enum StockLocationKind {
  WAREHOUSE,
  VAN
}
