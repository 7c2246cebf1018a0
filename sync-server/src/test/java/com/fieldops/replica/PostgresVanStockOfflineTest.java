package com.fieldops.replica;

import com.fieldops.server.storage.Dialect;

class PostgresVanStockOfflineTest extends VanStockOfflineContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
