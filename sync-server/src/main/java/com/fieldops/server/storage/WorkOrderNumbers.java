package com.fieldops.server.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Human-readable work-order numbers, {@code WO-YYYY-NNNNNN}, one counter per year, taken in the
 * transaction that first stores the work order (so a rolled-back push uses no number).
 */
public final class WorkOrderNumbers {
  public String next(Connection c, int year) throws SQLException {
    long n = Jdbc.queryOne(c, "INSERT INTO work_order_number (year, last_number) VALUES (?, 1)"
            + " ON CONFLICT (year) DO UPDATE SET last_number = work_order_number.last_number + 1 RETURNING last_number",
        rs -> rs.getLong(1), year).orElseThrow();
    return String.format("WO-%04d-%06d", year, n);
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
