package com.fieldops.server.storage;

import com.fieldops.server.config.Operations;
import com.fieldops.server.config.SqliteMemory;
import com.fieldops.server.health.BackgroundTasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The server's database: a SQLite file (WAL, one writer connection, a small pool of readers)
 * or PostgreSQL (one HikariCP pool). All writes go through {@link #write} so every writer
 * transaction is short, explicit and committed or rolled back as a whole.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final Dialect dialect;
  private final String location;
  private final HikariDataSource readers;
  /** SQLite only: the one writer connection, used under {@link #writerLock}. */
  private final Connection sqliteWriter;
  private final ReentrantLock writerLock = new ReentrantLock(true);
  private final HikariDataSource pgPool;
  /** SQLite only: moves the log's checkpoints off the writer (see {@link WalCheckpointer}). */
  private final WalCheckpointer checkpointer;

  /** The writer and the background tasks of this database, for /health and /metrics. */
  private final BackgroundTasks tasks;
  private final BackgroundTasks.Task writerTask;
  /** Name of the writer in {@link #tasks()}: a transaction holding it for long stops every write. */
  public static final String WRITER_TASK = "database-writer";

  private Database(Dialect dialect, String location, HikariDataSource readers, Connection sqliteWriter,
      HikariDataSource pgPool, Operations operations) {
    this.tasks = new BackgroundTasks(java.time.Clock.systemUTC(), System::nanoTime, operations.stuckAfter());
    this.writerTask = tasks.task(WRITER_TASK);
    this.checkpointer = readers == null ? null
        : new WalCheckpointer(readers, 500, tasks.task("wal-checkpointer"));
    this.dialect = dialect;
    this.location = location;
    this.readers = readers;
    this.sqliteWriter = sqliteWriter;
    this.pgPool = pgPool;
  }

  /** Opens (creating if needed) and migrates the database named by a SQLite path or a jdbc:postgresql URL. */
  public static Database open(String databaseSetting) {
    return open(databaseSetting, null, null);
  }

  public static Database open(String databaseSetting, String user, String password) {
    return open(databaseSetting, user, password, Operations.defaults());
  }

  /** As {@link #open(String)}, with the pool size, connection wait and stuck threshold of {@code operations}. */
  public static Database open(String databaseSetting, String user, String password, Operations operations) {
    Dialect dialect = Dialect.of(databaseSetting);
    Database db = dialect == Dialect.SQLITE ? openSqlite(Path.of(databaseSetting), operations)
        : openPostgres(databaseSetting, user, password, operations);
    db.migrate();
    return db;
  }

  private static Database openSqlite(Path file, Operations operations) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      String url = "jdbc:sqlite:" + file.toAbsolutePath();
      SqliteMemory memory = operations.sqlite();
      SQLiteDataSource readerSource = new SQLiteDataSource(baseSqliteConfig(memory));
      readerSource.setUrl(url);
      HikariConfig hc = new HikariConfig();
      hc.setDataSource(readerSource);
      hc.setPoolName("sqlite-readers");
      hc.setMaximumPoolSize(4);
      hc.setMinimumIdle(1);
      hc.setAutoCommit(true);
      HikariDataSource readers = new HikariDataSource(hc);
      // The writer stays in auto-commit mode and opens each transaction itself with BEGIN IMMEDIATE,
      // so it holds SQLite's write lock only while a transaction runs (other processes, e.g. the
      // CLI adding a user, can write in between).
      SQLiteConfig writerConfig = baseSqliteConfig(memory);
      // The writer touches index pages all over the entity and change-log tables; SQLite's
      // default 2 MB page cache makes it re-read them on every push (SqliteMemory).
      writerConfig.setCacheSize(-memory.cacheMb() * 1024);
      SQLiteDataSource writerSource = new SQLiteDataSource(writerConfig);
      writerSource.setUrl(url);
      Connection writer = writerSource.getConnection();
      try (Statement s = writer.createStatement()) {
        s.execute("PRAGMA wal_autocheckpoint = " + WalCheckpointer.WRITER_FALLBACK_PAGES);
      }
      LOG.atInfo().setMessage("SQLite memory").addKeyValue("event", "db.sqlite.memory")
          .addKeyValue("cacheMb", memory.cacheMb()).addKeyValue("mmapMb", memory.mmapMb()).log();
      return new Database(Dialect.SQLITE, file.toAbsolutePath().toString(), readers, writer, null, operations);
    } catch (Exception e) {
      throw new StorageException("cannot open SQLite database " + file, e);
    }
  }

  private static SQLiteConfig baseSqliteConfig(SqliteMemory memory) {
    SQLiteConfig c = new SQLiteConfig();
    if (memory.mmapMb() > 0) {
      c.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(memory.mmapMb() * 1024L * 1024L));
    }
    c.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commits).
    c.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    c.setBusyTimeout(10_000);
    c.enforceForeignKeys(true);
    return c;
  }

  private static Database openPostgres(String url, String user, String password, Operations operations) {
    HikariConfig hc = new HikariConfig();
    String fullUrl = url.contains("reWriteBatchedInserts") ? url
        : url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    hc.setJdbcUrl(fullUrl);
    if (user != null) {
      hc.setUsername(user);
    }
    if (password != null) {
      hc.setPassword(password);
    }
    hc.setPoolName("postgres");
    hc.setMaximumPoolSize(operations.databasePool());
    // While the database is down a request is answered "unavailable" after this wait, not after 30 s.
    hc.setConnectionTimeout(operations.databaseConnectWait().toMillis());
    hc.setAutoCommit(true);
    return new Database(Dialect.POSTGRESQL, url, null, null, new HikariDataSource(hc), operations);
  }

  private void migrate() {
    DataSource ds = dialect == Dialect.SQLITE ? readers : pgPool;
    var result = Flyway.configure()
        .dataSource(ds)
        .locations(dialect.migrationLocation())
        .load()
        .migrate();
    LOG.info("database {} ({}) at schema version {}", location, dialect, result.targetSchemaVersion);
  }

  public Dialect dialect() {
    return dialect;
  }

  /** The writer and every background task that registered here: what /health reports. */
  public BackgroundTasks tasks() {
    return tasks;
  }

  public String location() {
    return location;
  }

  /** Runs {@code work} in one write transaction: committed if it returns, rolled back if it throws. */
  public <T> T write(SqlWork<T> work) {
    if (dialect == Dialect.SQLITE) {
      writerLock.lock();
      writerTask.begin();
      try {
        T result = inSqliteTransaction(work);
        writerTask.succeeded();
        return result;
      } catch (RuntimeException e) {
        writerTask.failed(e);
        throw e;
      } finally {
        writerLock.unlock();
      }
    }
    writerTask.begin();
    try (Connection c = pgPool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = inTransaction(c, work);
        writerTask.succeeded();
        return result;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      writerTask.failed(e);
      throw new StorageException("write failed", e);
    } catch (RuntimeException e) {
      writerTask.failed(e);
      throw e;
    }
  }

  private <T> T inSqliteTransaction(SqlWork<T> work) {
    try (Statement s = sqliteWriter.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        T result = work.run(sqliteWriter);
        s.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          s.execute("ROLLBACK");
        } catch (SQLException re) {
          e.addSuppressed(re);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StorageException("write failed", e);
    }
  }

  private static <T> T inTransaction(Connection c, SqlWork<T> work) {
    try {
      T result = work.run(c);
      c.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c, e);
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new StorageException("write failed", e);
    }
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Runs {@code work} on a read connection (auto-commit: each statement sees the latest commits). */
  public <T> T read(SqlWork<T> work) {
    try (Connection c = (dialect == Dialect.SQLITE ? readers : pgPool).getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StorageException("read failed", e);
    }
  }

  /**
   * Runs {@code work} in one read-only snapshot: every statement sees the same committed state
   * (PostgreSQL REPEATABLE READ; SQLite a deferred read transaction in WAL mode).
   */
  public <T> T snapshot(SqlWork<T> work) {
    try (Connection c = (dialect == Dialect.SQLITE ? readers : pgPool).getConnection()) {
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      if (dialect == Dialect.POSTGRESQL) {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
        if (dialect == Dialect.POSTGRESQL) {
          c.setTransactionIsolation(isolation);
        }
      }
    } catch (SQLException e) {
      throw new StorageException("read failed", e);
    }
  }

  /** A consistent copy of a SQLite database taken while the server keeps serving ({@code VACUUM INTO}). */
  public void backupTo(Path target) {
    if (dialect != Dialect.SQLITE) {
      throw new UnsupportedOperationException("use pg_dump for PostgreSQL");
    }
    try {
      if (Files.exists(target)) {
        throw new IllegalArgumentException("backup target already exists: " + target);
      }
      read(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        return null;
      });
    } catch (RuntimeException e) {
      throw e;
    }
  }

  @Override
  public void close() {
    if (checkpointer != null) {
      checkpointer.close();
    }
    if (sqliteWriter != null) {
      writerLock.lock();
      try {
        sqliteWriter.close();
      } catch (SQLException e) {
        LOG.warn("closing SQLite writer failed", e);
      } finally {
        writerLock.unlock();
      }
    }
    if (readers != null) {
      readers.close();
    }
    if (pgPool != null) {
      pgPool.close();
    }
  }
}
