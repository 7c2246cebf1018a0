package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class SqliteSyncTest extends SyncContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
