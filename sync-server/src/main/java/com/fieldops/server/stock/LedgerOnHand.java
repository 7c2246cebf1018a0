package com.fieldops.server.stock;

import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * On-hand per part at one stock location on the server: the movements into it minus those out of it
 * (docs/decisions/0015), summed by the database. The movement indexes of migration V140 hold the
 * location, part and quantity of every movement, so this reads one index range per direction and
 * never the documents, however many movements the system holds (docs/benchmarks.md, StockBenchmark).
 */
public final class LedgerOnHand {
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
    List<Object[]> rows = Jdbc.query(c, sql, rs -> new Object[] {rs.getString(1), rs.getLong(2)},
        locationId.toString(), locationId.toString());
    Map<UUID, Long> out = new LinkedHashMap<>();
    for (Object[] r : rows) {
      out.put(UUID.fromString((String) r[0]), (Long) r[1]);
    }
    return out;
  }
}
