package com.fieldops.server.storage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Whether a failure means the database cannot be used right now (PostgreSQL down or restarting,
 * no free connection, the disk full, SQLite's file locked by another process) rather than a bug.
 * Such a request changed nothing and is answered "try again later", not as an internal error.
 */
public final class StorageOutage {
  private StorageOutage() {}

  public static boolean isOutage(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLiteException s && isSqliteOutage(s.getResultCode())) {
        return true;
      }
      if (t instanceof SQLException s && isPostgresOutage(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Connection exceptions (08), shutdown or start-up in progress (57P0x), out of disk or connections (53). */
  private static boolean isPostgresOutage(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P0") || state.equals("53100")
        || state.equals("53300"));
  }

  private static boolean isSqliteOutage(SQLiteErrorCode code) {
    if (code == null) {
      return false;
    }
    int primary = code.code & 0xff; // extended codes (SQLITE_IOERR_WRITE, ...) keep the primary in the low byte
    return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code
        || primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_FULL.code
        || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code;
  }
}
