package com.fieldops.server.storage;

/** The two storage engines the server runs on; each has its own migration folder. */
public enum Dialect {
  SQLITE("db/migration/sqlite"),
  POSTGRESQL("db/migration/postgresql");

  private final String migrationLocation;

  Dialect(String migrationLocation) {
    this.migrationLocation = migrationLocation;
  }

  public String migrationLocation() {
    return "classpath:" + migrationLocation;
  }

  /** A {@code jdbc:postgresql:} URL selects PostgreSQL; anything else is a SQLite file path. */
  public static Dialect of(String databaseSetting) {
    return databaseSetting != null && databaseSetting.startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
  }
}
