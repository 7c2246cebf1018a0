package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class SqliteScopeTest extends ScopeContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
