package com.fieldops.server.sync;

import com.fieldops.server.storage.Dialect;
import java.sql.Connection;
import java.sql.SQLException;

class PostgresEntityLookupTest extends EntityLookupContract {
  @Override
  Dialect dialect() {
    return Dialect.POSTGRESQL;
  }

  @Override
  void analyze(Connection c) throws SQLException {
    try (var st = c.createStatement()) {
      st.execute("ANALYZE entity");
    }
  }
}
