package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class PostgresMasterDataImportTest extends MasterDataImportContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
