package com.fieldops.server.storage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.sqlite.SQLiteErrorCode;
import org.slf4j.Logger;
import org.sqlite.SQLiteException;

/**
 * Whether a failure means the database cannot be used right now (PostgreSQL down or restarting,
 * no free connection, the disk full, SQLite's file locked by another process) rather than a bug.
 * Such a request changed nothing and is answered "try again later", not as an internal error.
 */
public final class StorageOutage {
  private StorageOutage() {}

  /**
   * Logs a failed round of background work (SLA ticks, the outbox, sweeps): one WARN line while the
   * database is unavailable, which would otherwise repeat a stack trace every round; else ERROR.
   */
  public static void logRoundFailed(Logger log, String work, RuntimeException e) {
    if (isOutage(e)) {
      log.atWarn().setMessage("{} skipped: database unavailable").addArgument(work)
          .addKeyValue("event", "storage.unavailable").addKeyValue("cause", rootCause(e)).log();
    } else {
      log.error("{} failed; the next round retries", work, e);
    }
  }

  /** The innermost cause, as {@code Type: message}, for a log line. */
  public static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

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
