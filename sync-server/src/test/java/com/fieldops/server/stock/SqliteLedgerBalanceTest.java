package com.fieldops.server.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.TestDatabases;
import java.sql.ResultSet;
import java.sql.Statement;
import net.jqwik.api.Example;

class SqliteLedgerBalanceTest extends LedgerBalanceContract {
  @Override
  Dialect dialect() {
    return Dialect.SQLITE;
  }

  /**
   * A part used writes one movement with fewer index entries (V251 dropped V120's two): the lookups of
   * a location's movements that approving a request makes still read an index range, V140's.
   */
  @Example
  void aLocationsMovementsAreStillFoundThroughAnIndex() {
    try (Database db = TestDatabases.open(Dialect.SQLITE)) {
      for (String end : new String[] {"fromLocationId", "toLocationId"}) {
        String plan = db.read(c -> {
          StringBuilder out = new StringBuilder();
          try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN SELECT id FROM"
              + " entity WHERE entity_type = 'StockMovement' AND json_extract(data, '$." + end + "') = 'x'")) {
            while (rs.next()) {
              out.append(rs.getString(4)).append('\n');
            }
          }
          return out.toString();
        });
        assertThat(plan).as(end).contains(end.startsWith("from") ? "entity_movement_from" : "entity_movement_to");
        long indexes = db.read(c -> com.fieldops.server.storage.Jdbc.queryLong(c, "SELECT COUNT(*) FROM sqlite_master"
            + " WHERE type = 'index' AND name IN ('entity_stock_movement_from', 'entity_stock_movement_to')"));
        assertThat(indexes).as("V120's movement indexes, redundant with V140's").isZero();
      }
    }
  }
}
