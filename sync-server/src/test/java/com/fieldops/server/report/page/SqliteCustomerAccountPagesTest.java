package com.fieldops.server.report.page;

import com.fieldops.server.storage.Dialect;

class SqliteCustomerAccountPagesTest extends CustomerAccountPagesContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
