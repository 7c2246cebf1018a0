package com.fieldops.replica.view;

import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLevel;

/** One part in a van; {@code part} is null if the catalogue entry is not (yet) in the replica. */
public record VanStockLine(Part part, StockLevel level, boolean pending) {
  public String sku() {
    return part == null ? null : part.sku();
  }

  public int onHand() {
    return level.onHand();
  }
}
