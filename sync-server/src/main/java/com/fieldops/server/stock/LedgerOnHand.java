package com.fieldops.server.stock;

import com.fieldops.server.storage.Dialect;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * On-hand per part at one stock location on the server: the movements into it minus those out of it
 * (docs/decisions/0015). For a warehouse or van it is read from {@code stock_on_hand}, the running
 * balance the database keeps in the same transaction as each movement (migration V250, decision 0022):
 * one key range as long as the location's part numbers, however many movements it has had. The fixed
 * locations (in transit, supplier, ...) have no running balance; their sum is taken from the movement
 * indexes of migration V140, one index range per direction (docs/benchmarks.md, StockBenchmark).
 */
public final class LedgerOnHand {
  private static final String BALANCE_SQL =
      "SELECT part_id, quantity FROM stock_on_hand WHERE location_id = ? ORDER BY part_id";
  private final String sql;

  public LedgerOnHand(Dialect dialect) {
    // the expressions must be spelled exactly as in the indexes of V140 for the planner to use them
    String to = dialect == Dialect.POSTGRESQL ? "(data::jsonb ->> 'toLocationId')" : "json_extract(data, '$.toLocationId')";
    String from = dialect == Dialect.POSTGRESQL ? "(data::jsonb ->> 'fromLocationId')"
        : "json_extract(data, '$.fromLocationId')";
    String part = dialect == Dialect.POSTGRESQL ? "(data::jsonb ->> 'partId')" : "json_extract(data, '$.partId')";
    String qty = dialect == Dialect.POSTGRESQL ? "((data::jsonb ->> 'quantity')::integer)"
        : "json_extract(data, '$.quantity')";
    this.sql = "SELECT part, SUM(q) FROM ("
        + " SELECT " + part + " AS part, " + qty + " AS q FROM entity"
        + "  WHERE entity_type = 'StockMovement' AND " + to + " = ?"
        + " UNION ALL"
        + " SELECT " + part + ", -" + qty + " FROM entity"
        + "  WHERE entity_type = 'StockMovement' AND " + from + " = ?"
        + ") m GROUP BY part ORDER BY part";
  }

  /** Part id → on-hand at {@code locationId}; a part whose movements cancel out is listed with 0. */
  public Map<UUID, Long> at(Connection c, UUID locationId) throws SQLException {
    if (!VirtualLocations.isVirtual(locationId)) {
      return read(Jdbc.query(c, BALANCE_SQL, rs -> new Object[] {rs.getString(1), rs.getLong(2)},
          locationId.toString()));
    }
    return summed(c, locationId);
  }

  /**
   * The same answer summed from the movements themselves, for any location: what the running balance
   * must always equal (LedgerBalanceContract), and the answer for the fixed locations.
   */
  public Map<UUID, Long> summed(Connection c, UUID locationId) throws SQLException {
    return read(Jdbc.query(c, sql, rs -> new Object[] {rs.getString(1), rs.getLong(2)},
        locationId.toString(), locationId.toString()));
  }

  private static Map<UUID, Long> read(List<Object[]> rows) {
    Map<UUID, Long> out = new LinkedHashMap<>();
    for (Object[] r : rows) {
      out.put(UUID.fromString((String) r[0]), (Long) r[1]);
    }
    return out;
  }
}
