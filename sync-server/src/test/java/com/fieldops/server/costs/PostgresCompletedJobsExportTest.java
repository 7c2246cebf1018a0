package com.fieldops.server.costs;

import com.fieldops.server.storage.Dialect;

class PostgresCompletedJobsExportTest extends CompletedJobsExportContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
