package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class PostgresWorkingSetTest extends WorkingSetContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
