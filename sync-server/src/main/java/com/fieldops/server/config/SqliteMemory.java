package com.fieldops.server.config;

/**
 * How much memory the SQLite database may use to keep its pages near (PostgreSQL ignores it). Part of
 * {@link Operations}, loaded by {@link ConfigLoader}.
 *
 * @param cacheMb the writer connection's page cache ({@code db.sqlite.cache.mb}, 256): pushes and the
 *                plan generator touch index pages all over the record and change-log tables, and a page
 *                not in this cache is read again from the file (SQLite's own default is 2 MB; 64 MB
 *                before round 6 of issue #13: a year of plan visits for 10,000 machines outgrew it, see
 *                docs/benchmarks.md). The cache fills only as far as the file is used.
 * @param mmapMb  how much of the file the writer and readers map into memory ({@code db.sqlite.mmap.mb},
 *                0 = off): pages are then read from the operating system's cache without a copy
 */
public record SqliteMemory(int cacheMb, int mmapMb) {
  public SqliteMemory {
    if (cacheMb < 1 || cacheMb > 65_536) {
      throw new IllegalArgumentException("db.sqlite.cache.mb must be between 1 and 65536");
    }
    if (mmapMb < 0 || mmapMb > 1_048_576) {
      throw new IllegalArgumentException("db.sqlite.mmap.mb must be between 0 and 1048576");
    }
  }

  public static SqliteMemory defaults() {
    return new SqliteMemory(256, 0);
  }
}
