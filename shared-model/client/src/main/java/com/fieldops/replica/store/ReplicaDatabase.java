package com.fieldops.replica.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The replica's SQLite file: one writer connection (SQLite has one writer anyway) and one reader
 * connection; WAL lets the reader see a consistent snapshot while the writer works.
 */
public final class ReplicaDatabase implements AutoCloseable {
  /** Flyway location and history table of the local schema, distinct from the server's. */
  public static final String MIGRATIONS = "classpath:db/replica";
  public static final String HISTORY_TABLE = "replica_schema_history";

  private final Path file;
  private final Connection writer;
  private final Connection reader;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();

  private ReplicaDatabase(Path file, Connection writer, Connection reader) {
    this.file = file;
    this.writer = writer;
    this.reader = reader;
  }

  /** Opens the file, creating it or upgrading its schema to this app version. */
  public static ReplicaDatabase open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    migrate(file, null);
    try {
      Connection w = dataSource(file).getConnection();
      w.setAutoCommit(false);
      Connection r = dataSource(file).getConnection();
      r.setAutoCommit(false);
      return new ReplicaDatabase(file, w, r);
    } catch (SQLException e) {
      throw new ReplicaStoreException("cannot open replica " + file, e);
    }
  }

  /** Migrates to {@code targetVersion} (null = latest). Tests use a target to make an old-version file. */
  public static void migrate(Path file, String targetVersion) {
    var cfg = Flyway.configure()
        .dataSource(dataSource(file))
        .locations(MIGRATIONS)
        .table(HISTORY_TABLE)
        .failOnMissingLocations(true);
    if (targetVersion != null) {
      cfg = cfg.target(targetVersion);
    }
    cfg.load().migrate();
  }

  static SQLiteDataSource dataSource(Path file) {
    SQLiteConfig cfg = new SQLiteConfig();
    cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: a recorded action survives a power cut too, not only a killed process
    cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    cfg.setBusyTimeout(10_000);
    cfg.enforceForeignKeys(true);
    SQLiteDataSource ds = new SQLiteDataSource(cfg);
    ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return ds;
  }

  public Path file() {
    return file;
  }

  /** Runs {@code work} in one write transaction; commits on return, rolls back on any exception. */
  public <T> T write(SqlWork<T> work) {
    writeLock.lock();
    try {
      try {
        T result = work.run(writer);
        writer.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(writer, e);
        throw wrap(e);
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} on one consistent snapshot (a read transaction). */
  public <T> T read(SqlWork<T> work) {
    readLock.lock();
    try {
      try {
        T result = work.run(reader);
        reader.commit(); // ends the read transaction so the WAL can be checkpointed
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(reader, e);
        throw wrap(e);
      }
    } finally {
      readLock.unlock();
    }
  }

  private static RuntimeException wrap(Exception e) {
    return e instanceof RuntimeException re ? re : new ReplicaStoreException("replica database error", e);
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    writeLock.lock();
    readLock.lock();
    try {
      try (Statement s = writer.createStatement()) {
        s.execute("PRAGMA optimize");
      } catch (SQLException ignored) {
        // optimisation hint only
      }
      closeQuietly(reader);
      closeQuietly(writer);
    } finally {
      readLock.unlock();
      writeLock.unlock();
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing anyway
    }
  }

  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }
}
