package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;

class SqliteMasterDataImportTest extends MasterDataImportContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
