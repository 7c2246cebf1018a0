package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class SqliteMutationInputProperties extends MutationInputContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
