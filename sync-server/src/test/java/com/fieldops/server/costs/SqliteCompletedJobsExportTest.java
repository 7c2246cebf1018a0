package com.fieldops.server.costs;

import com.fieldops.server.storage.Dialect;

class SqliteCompletedJobsExportTest extends CompletedJobsExportContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
