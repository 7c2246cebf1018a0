package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class SqliteStockScopeTest extends StockScopeContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
