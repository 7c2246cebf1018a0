package com.fieldops.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server per JVM run, started on first use. A test gets its own fresh
 * database on it. If the server cannot start the test fails: the PostgreSQL suite never skips.
 */
public final class SharedPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private SharedPostgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder()
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("max_connections", "300")
            .start();
      } catch (Exception e) {
        throw new IllegalStateException("embedded PostgreSQL did not start; the PostgreSQL suite must not be skipped", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (Exception ignored) {
          // the JVM is exiting
        }
      }));
    }
    return postgres;
  }

  /** Creates an empty database and returns its JDBC URL (user and password: postgres). */
  public static String newDatabaseUrl() {
    EmbeddedPostgres pg = server();
    String name = "fieldops_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return pg.getJdbcUrl("postgres", name);
  }
}
