package com.fieldops.stock.replica;

import static com.fieldops.replica.store.ViewReads.doc;
import static com.fieldops.replica.store.ViewReads.read;

import com.fieldops.stock.model.Part;
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

/** Stock in the replica: what a technician's van carries, as the server last counted it. */
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
}
