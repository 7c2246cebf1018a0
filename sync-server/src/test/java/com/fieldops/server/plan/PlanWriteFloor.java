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
