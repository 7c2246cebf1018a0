package com.fieldops.server.report;

import com.fieldops.server.storage.Dialect;

class SqliteServiceReportTest extends ServiceReportContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
