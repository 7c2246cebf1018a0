package com.fieldops.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.config.Operations;
import com.fieldops.server.config.SqliteMemory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite page cache and memory map an operator sets ({@code db.sqlite.cache.mb}, {@code db.sqlite.mmap.mb})
 * are the ones the writer and the readers run with: a year of plan visits or a busy push keeps its index
 * pages in memory instead of reading them again from the file (docs/benchmarks.md, round 6).
 */
class SqliteMemoryTest {
  @TempDir
  Path dir;

  @Test
  void theWriterAndTheReadersUseTheConfiguredCacheAndMemoryMap() {
    Operations ops = Operations.defaults().withSqlite(new SqliteMemory(300, 1024));
    try (Database db = Database.open(dir.resolve("memory.db").toString(), null, null, ops)) {
      long cache = db.write(c -> Jdbc.queryLong(c, "PRAGMA cache_size"));
      long writerMap = db.write(c -> Jdbc.queryLong(c, "PRAGMA mmap_size"));
      long readerMap = db.read(c -> Jdbc.queryLong(c, "PRAGMA mmap_size"));
      assertThat(cache).as("writer page cache, KiB").isEqualTo(-300L * 1024);
      assertThat(writerMap).as("writer memory map, bytes").isEqualTo(1024L * 1024 * 1024);
      assertThat(readerMap).as("reader memory map, bytes").isEqualTo(1024L * 1024 * 1024);
    }
  }

  @Test
  void byDefaultTheWriterKeepsTheDefaultCache() {
    try (Database db = Database.open(dir.resolve("default.db").toString())) {
      long cache = db.write(c -> Jdbc.queryLong(c, "PRAGMA cache_size"));
      long writerMap = db.write(c -> Jdbc.queryLong(c, "PRAGMA mmap_size"));
      assertThat(cache).isEqualTo(-1024L * SqliteMemory.defaults().cacheMb());
      assertThat(writerMap).isEqualTo(1024L * 1024 * SqliteMemory.defaults().mmapMb());
    }
  }
}
