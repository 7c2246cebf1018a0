package com.fieldops.server.stock;

import com.fieldops.server.storage.Dialect;

class SqliteLedgerBalanceTest extends LedgerBalanceContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
