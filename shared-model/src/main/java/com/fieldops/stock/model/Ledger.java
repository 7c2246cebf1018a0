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

  /**
   * What is on its way to each location: per transfer whose sent leg names its destination, what was
   * sent minus what was received so far (by anyone, anywhere). Keyed by part and destination.
   */
  public static Map<Slot, Integer> inTransitTo(Collection<StockMovement> movements) {
    Map<UUID, StockMovement> sent = new LinkedHashMap<>();
    Map<UUID, Integer> received = new LinkedHashMap<>();
    for (StockMovement m : movements) {
      if (m.transferId() == null) {
        continue;
      }
      if (m.id().equals(m.transferId())) {
        sent.put(m.id(), m);
      } else if (VirtualLocations.IN_TRANSIT.equals(m.fromLocationId())) {
        received.merge(m.transferId(), m.quantity(), Integer::sum);
      }
    }
    Map<Slot, Integer> out = new LinkedHashMap<>();
    for (StockMovement s : sent.values()) {
      int open = s.quantity() - received.getOrDefault(s.id(), 0);
      if (s.destinationId() != null && open > 0) {
        out.merge(new Slot(s.partId(), s.destinationId()), open, Integer::sum);
      }
    }
    return out;
  }
}
