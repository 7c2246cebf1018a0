package com.fieldops.replica;

import com.fieldops.server.storage.Dialect;

class PostgresPartRequestFlowTest extends PartRequestFlowContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
