package com.fieldops.server.storage;

class PostgresChangeLogTest extends ChangeLogContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
