package com.fieldops.stock.replica;

import static com.fieldops.replica.store.ViewReads.doc;
import static com.fieldops.replica.store.ViewReads.read;

import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.view.VanStockLine;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stock in the replica. {@link #onHand(UUID)} is the ledger: the sum of the movements the device holds
 * (docs/decisions/0015). {@link #vanStock(UUID)} still shows the stored {@code StockLevel} snapshots
 * (thresholds), as the server last wrote them.
 */
public final class StockReplica {
  private final LocalStore store;

  public StockReplica(LocalStore store) {
    this.store = store;
  }

  /** The stock in a technician's van, by part SKU. */
  public List<VanStockLine> vanStock(UUID technicianId) {
    return store.query(c -> {
      Optional<Technician> t = doc(c, EntityTypes.TECHNICIAN, technicianId, Technician.class);
      if (t.isEmpty() || t.get().vanStockLocationId() == null) {
        return List.of();
      }
      List<VanStockLine> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT l.data, l.pending, p.data FROM view_doc l
            LEFT JOIN view_doc p ON p.type = 'Part' AND p.id = json_extract(l.data, '$.partId')
           WHERE l.type = 'StockLevel' AND json_extract(l.data, '$.locationId') = ?""")) {
        ps.setString(1, t.get().vanStockLocationId().toString());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String part = rs.getString(3);
            out.add(new VanStockLine(part == null ? null : read(part, Part.class), read(rs.getString(1), StockLevel.class),
                rs.getInt(2) != 0));
          }
        }
      }
      out.sort(Comparator.comparing(VanStockLine::sku, Comparator.nullsLast(Comparator.naturalOrder())));
      return out;
    });
  }

  /**
   * On-hand per part at a location, summed from its movements (the device's own pending ones
   * included), by SKU. A part that went below zero is listed with {@link StockOnHand#needsCount()}.
   */
  public List<StockOnHand> onHand(UUID locationId) {
    // summed by SQLite over the movements' fields, not by parsing each movement: a van's ledger grows
    // by every part used (docs/benchmarks.md, StockBenchmark); the same sum as {@code Ledger.onHand}
    return store.query(c -> {
      List<StockOnHand> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT m.part, SUM(m.q), MAX(m.pending), p.data FROM (
            SELECT json_extract(data, '$.partId') AS part, json_extract(data, '$.quantity') AS q, pending FROM view_doc
             WHERE type = ? AND json_extract(data, '$.toLocationId') = ?
            UNION ALL
            SELECT json_extract(data, '$.partId'), -json_extract(data, '$.quantity'), pending FROM view_doc
             WHERE type = ? AND json_extract(data, '$.fromLocationId') = ?) m
            LEFT JOIN view_doc p ON p.type = ? AND p.id = m.part
           GROUP BY m.part""")) {
        ps.setString(1, EntityTypes.STOCK_MOVEMENT);
        ps.setString(2, locationId.toString());
        ps.setString(3, EntityTypes.STOCK_MOVEMENT);
        ps.setString(4, locationId.toString());
        ps.setString(5, EntityTypes.PART);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String part = rs.getString(4);
            out.add(new StockOnHand(UUID.fromString(rs.getString(1)), part == null ? null : read(part, Part.class),
                locationId, rs.getInt(2), rs.getInt(3) != 0));
          }
        }
      }
      out.sort(Comparator.comparing(StockOnHand::sku, Comparator.nullsLast(Comparator.naturalOrder())));
      return out;
    });
  }

  /** {@link #onHand(UUID)} of the technician's van; empty if they have none. */
  public List<StockOnHand> vanOnHand(UUID technicianId) {
    Optional<UUID> van = store.query(c -> doc(c, EntityTypes.TECHNICIAN, technicianId, Technician.class)
        .map(Technician::vanStockLocationId));
    return van.map(this::onHand).orElse(List.of());
  }

  /** A warehouse or van this device holds. */
  public Optional<StockLocation> location(UUID id) {
    return store.query(c -> doc(c, EntityTypes.STOCK_LOCATION, id, StockLocation.class));
  }
}
