package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class PostgresMutationInputProperties extends MutationInputContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
