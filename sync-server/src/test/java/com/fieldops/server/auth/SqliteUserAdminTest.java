package com.fieldops.server.auth;

import com.fieldops.server.storage.Dialect;

class SqliteUserAdminTest extends UserAdminContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
