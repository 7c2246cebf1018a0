package com.fieldops.server.photo;

import com.fieldops.server.storage.Dialect;

class SqlitePhotoUploadTest extends PhotoUploadContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }
}
