package com.fieldops.server.auth;

import com.fieldops.server.storage.Dialect;

class PostgresUserAdminTest extends UserAdminContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
