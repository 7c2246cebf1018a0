package com.fieldops.server.testing;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import java.sql.Statement;

/**
 * A full disk under a running SQLite server: SQLite's own size cap on the server's writer
 * connection, set to the file's current size, so the next page it needs fails with SQLITE_FULL
 * exactly as a full disk does. As on a real full disk, a small row may still fit into a partly
 * filled page: write something that needs new pages. {@link #free} lifts the cap.
 */
public final class FullDisk {
  private static final long SQLITE_MAX_PAGES = 1_073_741_823L;

  private FullDisk() {}

  public static void fill(Database db) {
    db.read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("VACUUM"); // no free pages left over from migrations to write into
      }
      return null;
    });
    cap(db, true);
  }

  public static void free(Database db) {
    cap(db, false);
  }

  private static void cap(Database db, boolean full) {
    db.write(c -> {
      long pages = Jdbc.queryLong(c, "PRAGMA page_count");
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA max_page_count = " + (full ? pages : SQLITE_MAX_PAGES));
      }
      return null;
    });
  }
}
