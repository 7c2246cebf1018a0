package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class SqliteWorkingSetTest extends WorkingSetContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
