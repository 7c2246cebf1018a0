package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class PostgresScopeTest extends ScopeContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
