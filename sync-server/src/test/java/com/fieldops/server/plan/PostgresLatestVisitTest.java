package com.fieldops.server.plan;

import com.fieldops.server.storage.Dialect;

class PostgresLatestVisitTest extends LatestVisitContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
