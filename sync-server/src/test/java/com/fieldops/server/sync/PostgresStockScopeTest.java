package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class PostgresStockScopeTest extends StockScopeContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
