package com.fieldops.replica;

import com.fieldops.server.storage.Dialect;

class SqlitePartRequestFlowTest extends PartRequestFlowContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
