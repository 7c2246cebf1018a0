package com.fieldops.server.bench;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityColumns;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.workorder.model.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the ledger adds to a part used, on the SQLite storage path alone (no HTTP, no rules): N
 * consumption movements written 20 per transaction (a phone's push batch), next to N notes, under
 * the index and trigger sets of successive schema versions. Prints one line per variant with the
 * CPU time of the writing thread per record (docs/benchmarks.md, "ConsumePart against AddNote").
 * Usage: java ... MovementWriteCost [records, default 20000]
 */
public final class MovementWriteCost {
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    String[][] variants = {
        {"note (AddNote's record)", ""},
        {"movement, V140 + V120 indexes, no balance (before)", "V120 NOBALANCE"},
        {"movement, V140 + V120 indexes + V250 balance trigger", "V120"},
        {"movement, V140 indexes + V250 balance trigger (V251, now)", ""},
    };
    for (String[] v : variants) {
      Path dir = Files.createTempDirectory("movement-write-cost");
      try (Database db = Database.open(dir.resolve("cost.db").toString())) {
        db.write(c -> {
          try (Statement s = c.createStatement()) {
            if (v[1].contains("V120")) {
              s.execute("CREATE INDEX entity_stock_movement_from ON entity (json_extract(data, '$.fromLocationId'))"
                  + " WHERE entity_type = 'StockMovement'");
              s.execute("CREATE INDEX entity_stock_movement_to ON entity (json_extract(data, '$.toLocationId'))"
                  + " WHERE entity_type = 'StockMovement'");
            }
            if (v[1].contains("NOBALANCE")) {
              s.execute("DROP TRIGGER stock_on_hand_insert");
            }
          }
          return null;
        });
        boolean notes = v[0].startsWith("note");
        double[] best = {Double.MAX_VALUE};
        for (int round = 0; round < 3; round++) {
          long cpu = cpuNanos();
          write(db, n, notes);
          best[0] = Math.min(best[0], (cpuNanos() - cpu) / 1e3 / n);
        }
        System.out.printf("%-62s %6.1f us CPU per record (best of 3 x %d)%n", v[0], best[0], n);
      }
    }
  }

  private static void write(Database db, int n, boolean notes) {
    EntityStore store = new EntityStore(db.dialect());
    UUID[] vans = new UUID[50];
    UUID[] parts = new UUID[1000];
    for (int i = 0; i < vans.length; i++) {
      vans[i] = Ids.newId();
    }
    for (int i = 0; i < parts.length; i++) {
      parts[i] = Ids.newId();
    }
    UUID job = Ids.newId();
    Instant at = Instant.parse("2026-12-05T10:00:00Z");
    for (int from = 0; from < n; from += 20) {
      List<StoredEntity> batch = new ArrayList<>(20);
      for (int i = from; i < Math.min(n, from + 20); i++) {
        Object record = notes ? new Note(Ids.newId(), job, job, "Checked the pressure, all fine " + i, false, at)
            : new StockMovement(Ids.newId(), parts[i % parts.length], StockMovementKind.CONSUMPTION,
                vans[i % vans.length], VirtualLocations.CUSTOMER_SITE, 1, null, job, null, at);
        UUID id = com.fieldops.protocol.registry.EntityNames.idOf(record);
        batch.add(new StoredEntity(com.fieldops.protocol.registry.EntityNames.of(record), id, 1, Json.write(record),
            EntityColumns.of(record)));
      }
      db.write(c -> {
        store.upsertAll(c, batch, 0L);
        return null;
      });
    }
  }

  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
