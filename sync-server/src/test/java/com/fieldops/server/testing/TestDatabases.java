package com.fieldops.server.testing;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh, migrated databases for tests: a SQLite file in a temp folder or a new PostgreSQL database. */
public final class TestDatabases {
  private TestDatabases() {}

  public static Database open(Dialect dialect) {
    return Database.open(setting(dialect), "postgres", "postgres");
  }

  public static String setting(Dialect dialect) {
    if (dialect == Dialect.POSTGRESQL) {
      return SharedPostgres.newDatabaseUrl();
    }
    try {
      Path dir = Files.createTempDirectory("fieldops-db");
      return dir.resolve("fieldops.db").toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
