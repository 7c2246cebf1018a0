package com.fieldops.server.report;

import com.fieldops.server.storage.Dialect;

class PostgresServiceReportTest extends ServiceReportContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
