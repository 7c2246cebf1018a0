package com.fieldops.server.plan;

import com.fieldops.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The floor for {@link PlanGenerationBenchmark}: the rows a tick wrote (work orders, planned visits and
 * the change-log rows after {@code seqBefore}) written again by a raw JDBC batch insert in one
 * transaction on the same database, as copies under new ids: no validation, no lookups, no numbering,
 * no history or audit rows. What storage alone costs for the same count of rows.
 */
final class PlanWriteFloor {
  record Result(int entityRows, int changeRows, double wallS, double threadCpuS) {}

  private PlanWriteFloor() {}

  static Result measure(Database db, long seqBefore) {
    return measure(db, seqBefore, false).get(0);
  }

  /**
   * As {@link #measure(Database, long)}, once per mode, from one read of the tick's rows: {@code false}
   * gives the copies random ids (v4: they land at random places in the B-trees), {@code true} ids that
   * keep the first 64 bits of the originals (UUIDv7-shaped, the visit's due day: {@code PlanIds}), so they
   * land next to the tick's own rows, in the tick's time order.
   */
  static List<Result> measure(Database db, long seqBefore, boolean... inTimeOrder) {
    List<Object[]> entities = new ArrayList<>();
    List<Object[]> changes = new ArrayList<>();
    String[][] columns = new String[2][];
    db.read(c -> {
      columns[0] = rows(c, "SELECT * FROM entity WHERE entity_type IN ('WorkOrder', 'PlannedVisit')", entities);
      columns[1] = rows(c, "SELECT * FROM change_log WHERE seq > " + seqBefore, changes);
      return null;
    });
    List<Result> results = new ArrayList<>();
    for (int mode = 0; mode < inTimeOrder.length; mode++) {
      boolean ordered = inTimeOrder[mode];
      String numberPrefix = "F" + mode + "-";
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      db.write(c -> {
        long maxSeq;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM change_log")) {
          rs.next();
          maxSeq = rs.getLong(1);
        }
        insert(c, "entity", columns[0], entities, (name, value, i) -> switch (name) {
          case "id" -> ordered ? sameTimePrefix(value)
              : value instanceof UUID ? UUID.randomUUID() : UUID.randomUUID().toString();
          case "number" -> value == null ? null : numberPrefix + value;
          default -> value;
        });
        long[] seq = {maxSeq};
        insert(c, "change_log", columns[1], changes, (name, value, i) -> name.equals("seq") ? ++seq[0] : value);
        return null;
      });
      results.add(new Result(entities.size(), changes.size(), (System.nanoTime() - t0) / 1e9,
          (threads.getCurrentThreadCpuTime() - cpu0) / 1e9));
    }
    return results;
  }

  /** What SQLite alone needs to store every row of a tick, per table, and in all. */
  record SetBased(long rows, double wallS, double threadCpuS, String perTable) {}

  /**
   * The lowest floor: every row the tick wrote (work orders, their two history events,
   * the visits, the change-log rows and the audit rows) copied by the database itself, one {@code INSERT ...
   * SELECT} a table in one transaction, under keys next to the originals: no JDBC per row, no Java at all,
   * the schema's indexes and triggers as in production. Rolled back afterwards. No tick that stores these
   * rows can take less. On PostgreSQL the work is the database server's: its wall time is the figure (the
   * CPU measured is this thread's).
   */
  static SetBased setBased(Database db, long seqBefore) {
    String[][] copies = {
        {"work orders", "INSERT INTO entity SELECT entity_type, substr(id, 1, 30) || 'ffffff', version, data, region,"
            + " technician_id, status, 'S' || number, customer_id, site_id, work_order_id, updated_at FROM entity"
            + " WHERE entity_type = 'WorkOrder' AND number IS NOT NULL"},
        {"history events", "INSERT INTO entity SELECT entity_type, substr(id, 1, 30) || 'ffffff', version, data, region,"
            + " technician_id, status, number, customer_id, site_id, work_order_id, updated_at FROM entity"
            + " WHERE entity_type = 'WorkOrderEvent'"},
        {"visits", "INSERT INTO entity SELECT entity_type, substr(id, 1, 30) || 'ffffff', version, "
            + (db.dialect() == com.fieldops.server.storage.Dialect.SQLITE
                ? "json_set(data, '$.dueOn', date(json_extract(data, '$.dueOn'), '+100 years'))"
                : "jsonb_set(data::jsonb, '{dueOn}', to_jsonb(((data::jsonb ->> 'dueOn')::date + 36525)::text))::text")
            + ", region, technician_id,"
            + " status, number, customer_id, site_id, work_order_id, updated_at FROM entity WHERE entity_type = 'PlannedVisit'"},
        {"change log", "INSERT INTO change_log SELECT seq + 1000000000, entity_type, entity_id, version, op, data, region,"
            + " technician_id, everyone, directed, mutation_id, committed_at FROM change_log WHERE seq > " + seqBefore},
        {"audit", "INSERT INTO applied_mutation SELECT substr(id, 1, 30) || 'ffffff', type, entity_id, user_id, device_id,"
            + " recorded_at, received_at, result, payload FROM applied_mutation WHERE type = 'GeneratePlannedVisit'"}};
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    StringBuilder perTable = new StringBuilder();
    long[] rows = {0};
    double[] wallCpu = new double[2];
    try {
      db.write(c -> {
        for (String[] copy : copies) {
          long n;
          // the rows copied (the driver's update count would add the rows the triggers write)
          try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ("
              + copy[1].substring(copy[1].indexOf("SELECT")) + ") copied")) {
            rs.next();
            n = rs.getLong(1);
          }
          long t = System.nanoTime();
          long cpu = threads.getCurrentThreadCpuTime();
          try (Statement s = c.createStatement()) {
            s.executeUpdate(copy[1]);
            wallCpu[0] += (System.nanoTime() - t) / 1e9;
            wallCpu[1] += (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            rows[0] += n;
            perTable.append(String.format(java.util.Locale.ROOT, "%s%s %d rows %.2f s", perTable.isEmpty() ? "" : ", ",
                copy[0], n, (System.nanoTime() - t) / 1e9));
          }
        }
        throw new RolledBack();
      });
    } catch (RolledBack expected) {
      // the copies are not kept
    }
    return new SetBased(rows[0], wallCpu[0], wallCpu[1],
        perTable.toString());
  }

  private static final class RolledBack extends RuntimeException {
    RolledBack() {
      super("floor measured", null, false, false);
    }
  }

  /** Another id with the same first 64 bits (the UUIDv7 time and version): a neighbour of the original. */
  private static Object sameTimePrefix(Object value) {
    UUID id = value instanceof UUID u ? u : UUID.fromString(value.toString());
    UUID copy = new UUID(id.getMostSignificantBits(), id.getLeastSignificantBits() ^ 0x0000_5A5A_5A5A_5A5AL);
    return value instanceof UUID ? copy : copy.toString();
  }

  private interface Rewrite {
    Object apply(String column, Object value, int row);
  }

  private static String[] rows(Connection c, String sql, List<Object[]> out) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      String[] names = new String[md.getColumnCount()];
      for (int i = 0; i < names.length; i++) {
        names[i] = md.getColumnName(i + 1).toLowerCase(java.util.Locale.ROOT);
      }
      while (rs.next()) {
        Object[] row = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
          row[i] = rs.getObject(i + 1);
        }
        out.add(row);
      }
      return names;
    }
  }

  private static void insert(Connection c, String table, String[] names, List<Object[]> rows, Rewrite rewrite)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(names.length, "?")) + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int n = 0;
      for (Object[] row : rows) {
        for (int i = 0; i < names.length; i++) {
          ps.setObject(i + 1, rewrite.apply(names[i], row[i], n));
        }
        ps.addBatch();
        if (++n % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
