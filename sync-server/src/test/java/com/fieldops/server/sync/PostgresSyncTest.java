package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class PostgresSyncTest extends SyncContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
