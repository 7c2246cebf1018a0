package com.fieldops.server.stock;

import com.fieldops.server.storage.Dialect;

class PostgresLedgerBalanceTest extends LedgerBalanceContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
