package com.fieldops.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Which failures are the database being unavailable (answered 503) and which are bugs (500). */
class StorageOutageTest {
  @Test
  void aLostOrRefusedConnectionAShutdownAndAFullDiskAreOutagesWhereverTheyAreWrapped() {
    assertThat(StorageOutage.isOutage(wrapped(new SQLException("connection refused", "08001")))).isTrue();
    assertThat(StorageOutage.isOutage(wrapped(new SQLException("terminating connection", "57P01")))).isTrue();
    assertThat(StorageOutage.isOutage(wrapped(new SQLException("could not extend file", "53100")))).isTrue();
    assertThat(StorageOutage.isOutage(wrapped(new SQLTransientConnectionException("pool timed out")))).isTrue();
    assertThat(StorageOutage.isOutage(wrapped(new SQLiteException("disk full", SQLiteErrorCode.SQLITE_FULL))))
        .isTrue();
    assertThat(StorageOutage.isOutage(wrapped(new SQLiteException("write failed", SQLiteErrorCode.SQLITE_IOERR_WRITE))))
        .as("an extended I/O error code").isTrue();
    assertThat(StorageOutage.isOutage(wrapped(new SQLiteException("locked", SQLiteErrorCode.SQLITE_BUSY)))).isTrue();
  }

  @Test
  void constraintsSyntaxAndOtherFailuresAreNot() {
    assertThat(StorageOutage.isOutage(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
    assertThat(StorageOutage.isOutage(wrapped(new SQLException("syntax error", "42601")))).isFalse();
    assertThat(StorageOutage.isOutage(wrapped(new SQLiteException("constraint", SQLiteErrorCode.SQLITE_CONSTRAINT))))
        .isFalse();
    assertThat(StorageOutage.isOutage(new IllegalStateException("a bug"))).isFalse();
    assertThat(StorageOutage.isOutage(wrapped(new SQLException("closed pool")))).as("no SQL state").isFalse();
  }

  @Test
  void theLogLineNamesTheInnermostCause() {
    assertThat(StorageOutage.rootCause(wrapped(new SQLException("connection refused", "08001"))))
        .isEqualTo("SQLException: connection refused");
  }

  private static RuntimeException wrapped(SQLException cause) {
    return new StorageException("write failed", new RuntimeException(cause));
  }
}
