package com.fieldops.server.storage;

class SqliteChangeLogTest extends ChangeLogContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
