package com.fieldops.replica;

import com.fieldops.server.storage.Dialect;

class SqliteVanStockOfflineTest extends VanStockOfflineContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
