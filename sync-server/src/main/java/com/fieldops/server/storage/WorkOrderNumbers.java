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
}
