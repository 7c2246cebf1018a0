package com.fieldops.server.photo;

import com.fieldops.server.storage.Dialect;

class PostgresPhotoUploadTest extends PhotoUploadContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }
}
