package com.fieldops.stock.model;

public enum StockLocationKind {
  WAREHOUSE,
  VAN
}
