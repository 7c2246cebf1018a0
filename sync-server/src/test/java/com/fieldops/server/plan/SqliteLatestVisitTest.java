package com.fieldops.server.plan;

import com.fieldops.server.storage.Dialect;

class SqliteLatestVisitTest extends LatestVisitContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
