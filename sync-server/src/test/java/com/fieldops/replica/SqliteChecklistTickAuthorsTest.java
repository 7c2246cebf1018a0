package com.fieldops.replica;

import com.fieldops.server.storage.Dialect;

class SqliteChecklistTickAuthorsTest extends ChecklistTickAuthorsContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
