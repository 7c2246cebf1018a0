package com.fieldops.server.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Human-readable work-order numbers, {@code WO-YYYY-NNNNNN}, one counter per year, taken in the
 * transaction that first stores the work order (so a rolled-back push uses no number).
 */
public final class WorkOrderNumbers {
  public String next(Connection c, int year) throws SQLException {
    return format(year, take(c, year));
  }

  /** Moves the year's counter on by one and returns the number it now holds. */
  private static long take(Connection c, int year) throws SQLException {
    return Jdbc.queryOne(c, "INSERT INTO work_order_number (year, last_number) VALUES (?, 1)"
            + " ON CONFLICT (year) DO UPDATE SET last_number = work_order_number.last_number + 1 RETURNING last_number",
        rs -> rs.getLong(1), year).orElseThrow();
  }

  private static String format(int year, long n) {
    return String.format("WO-%04d-%06d", year, n);
  }

  /**
   * Numbers for one write transaction: the first of a year is taken from the counter row (which it
   * then holds: PostgreSQL's row lock, SQLite's single writer), the rest are counted here and the row
   * is moved once by {@link Block#close}, before commit. A batch of 500 new jobs pays one statement
   * for its numbers, not 500; the numbers are the same, and a rolled-back batch still uses none.
   */
  public Block block(Connection c) {
    return new Block(c);
  }

  /** See {@link #block}. */
  public static final class Block {
    private final Connection c;
    /** Per year: the number the counter row holds, and the last number handed out. */
    private final java.util.Map<Integer, long[]> taken = new java.util.HashMap<>();

    private Block(Connection c) {
      this.c = c;
    }

    public String next(int year) throws SQLException {
      long[] counter = taken.get(year);
      if (counter == null) {
        long first = take(c, year);
        taken.put(year, new long[] {first, first});
        return format(year, first);
      }
      return format(year, ++counter[1]);
    }

    /** Moves each year's counter past the numbers counted here; call before the transaction commits. */
    public void close() throws SQLException {
      for (java.util.Map.Entry<Integer, long[]> e : taken.entrySet()) {
        long[] counter = e.getValue();
        if (counter[1] > counter[0]) {
          Jdbc.update(c, "UPDATE work_order_number SET last_number = ? WHERE year = ?", counter[1], e.getKey());
        }
      }
      taken.clear();
    }
  }

  /**
   * Makes the year's next number come after {@code last}: for work orders imported with their
   * numbers already given (demo data, migrations from another system).
   */
  public void continueAfter(Connection c, int year, long last) throws SQLException {
    Jdbc.update(c, "INSERT INTO work_order_number (year, last_number) VALUES (?, ?) ON CONFLICT (year) DO NOTHING",
        year, last);
    Jdbc.update(c, "UPDATE work_order_number SET last_number = ? WHERE year = ? AND last_number < ?", last, year, last);
  }
}
