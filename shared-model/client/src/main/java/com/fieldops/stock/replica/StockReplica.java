package com.fieldops.stock.replica;

import static com.fieldops.replica.store.ViewReads.doc;
import static com.fieldops.replica.store.ViewReads.read;

import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.view.VanStockLine;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    return store.query(c -> {
      List<StockMovement> movements = new ArrayList<>();
      Set<UUID> pendingParts = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT data, pending FROM view_doc
           WHERE type = ? AND (json_extract(data, '$.fromLocationId') = ? OR json_extract(data, '$.toLocationId') = ?)""")) {
        ps.setString(1, EntityTypes.STOCK_MOVEMENT);
        ps.setString(2, locationId.toString());
        ps.setString(3, locationId.toString());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            StockMovement m = read(rs.getString(1), StockMovement.class);
            movements.add(m);
            if (rs.getInt(2) != 0) {
              pendingParts.add(m.partId());
            }
          }
        }
      }
      List<StockOnHand> out = new ArrayList<>();
      for (Map.Entry<Ledger.Slot, Integer> e : Ledger.onHand(movements).entrySet()) {
        if (!e.getKey().locationId().equals(locationId)) {
          continue;
        }
        UUID partId = e.getKey().partId();
        Part part = doc(c, EntityTypes.PART, partId, Part.class).orElse(null);
        out.add(new StockOnHand(partId, part, locationId, e.getValue(), pendingParts.contains(partId)));
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

  /** The warehouses and vans this device holds: warehouses first, each by name. */
  public List<StockLocation> locations() {
    return store.query(c -> {
      List<StockLocation> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT data FROM view_doc WHERE type = ?")) {
        ps.setString(1, EntityTypes.STOCK_LOCATION);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs.getString(1), StockLocation.class));
          }
        }
      }
      out.sort(Comparator.comparing(StockLocation::kind).thenComparing(StockLocation::name, String.CASE_INSENSITIVE_ORDER));
      return out;
    });
  }

  /** The latest {@code limit} movements into or out of a location, newest first. */
  public List<StockMovement> recentMovements(UUID locationId, int limit) {
    return store.query(c -> {
      List<StockMovement> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT data FROM view_doc
           WHERE type = ? AND (json_extract(data, '$.fromLocationId') = ? OR json_extract(data, '$.toLocationId') = ?)
           ORDER BY json_extract(data, '$.occurredAt') DESC LIMIT ?""")) {
        ps.setString(1, EntityTypes.STOCK_MOVEMENT);
        ps.setString(2, locationId.toString());
        ps.setString(3, locationId.toString());
        ps.setInt(4, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(read(rs.getString(1), StockMovement.class));
          }
        }
      }
      return out;
    });
  }

  /** A part of the catalogue this device holds. */
  public Optional<Part> part(UUID id) {
    return store.query(c -> doc(c, EntityTypes.PART, id, Part.class));
  }
}
