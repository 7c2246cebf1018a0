package com.fieldops.server.report.page;

import com.fieldops.server.storage.Dialect;

class PostgresCustomerAccountPagesTest extends CustomerAccountPagesContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
