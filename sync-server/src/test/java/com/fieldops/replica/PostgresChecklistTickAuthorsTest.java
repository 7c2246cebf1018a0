package com.fieldops.replica;

import com.fieldops.server.storage.Dialect;

class PostgresChecklistTickAuthorsTest extends ChecklistTickAuthorsContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
