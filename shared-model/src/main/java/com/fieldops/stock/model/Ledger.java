package com.fieldops.stock.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * On-hand is derived, never edited: the sum of the movements into a location minus those out of it
 * (docs/decisions/0015). Movements only ever get appended, so two consumptions recorded offline on
 * two devices both count once they arrive, in whatever order.
 */
public final class Ledger {
  private Ledger() {}

  /** Where a part is, as a key of {@link #onHand(Collection)}. */
  public record Slot(UUID partId, UUID locationId) {}

  /** On-hand per part and location over these movements; a location may go below zero (count needed). */
  public static Map<Slot, Integer> onHand(Collection<StockMovement> movements) {
    Map<Slot, Integer> out = new LinkedHashMap<>();
    for (StockMovement m : movements) {
      if (m.fromLocationId() != null) {
        out.merge(new Slot(m.partId(), m.fromLocationId()), -m.quantity(), Integer::sum);
      }
      if (m.toLocationId() != null) {
        out.merge(new Slot(m.partId(), m.toLocationId()), m.quantity(), Integer::sum);
      }
    }
    return out;
  }

  /** On-hand of one part at one location. */
  public static int onHand(Collection<StockMovement> movements, UUID partId, UUID locationId) {
    int sum = 0;
    for (StockMovement m : movements) {
      if (m.partId().equals(partId)) {
        sum += locationId.equals(m.toLocationId()) ? m.quantity() : 0;
        sum -= locationId.equals(m.fromLocationId()) ? m.quantity() : 0;
      }
    }
    return sum;
  }
}
