package com.fieldops.stock.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What to restock where: for each location whose available stock of a part (plus what is already on
 * its way) is below its threshold's minimum, suggest sending it up to the threshold's target from the
 * warehouse of its region that has the most available. Pure: the same answer on the console, the
 * phone and the server.
 */
public final class ReplenishmentPlanner {
  private ReplenishmentPlanner() {}

  /**
   * One suggestion.
   *
   * @param available       available at the location now (on hand − reserved)
   * @param inbound         already sent to it and not yet received
   * @param quantity        how many to send: up to the target, at most what the source has available;
   *                        the whole shortfall when no warehouse has any
   * @param fromWarehouseId the region's warehouse with the most available; null if none has any
   *                        (order from the supplier)
   */
  public record Suggestion(UUID locationId, UUID partId, int available, int inbound, int minimum, int target,
      int quantity, UUID fromWarehouseId, int fromAvailable) {}

  /** Thresholds whose location is below minimum (available + inbound), most short first. */
  public static List<StockThreshold> belowThreshold(Collection<StockThreshold> thresholds,
      Map<Ledger.Slot, Integer> available, Map<Ledger.Slot, Integer> inbound) {
    return thresholds.stream().filter(t -> level(t, available, inbound) < t.minimum())
        .sorted(Comparator.comparingInt((StockThreshold t) -> level(t, available, inbound) - t.minimum())
            .thenComparing(t -> t.partId().toString()))
        .toList();
  }

  /**
   * @param locations every warehouse and van known (by id), to find the region's warehouses
   */
  public static List<Suggestion> suggest(Collection<StockThreshold> thresholds, Map<Ledger.Slot, Integer> available,
      Map<Ledger.Slot, Integer> inbound, Map<UUID, StockLocation> locations) {
    List<Suggestion> out = new ArrayList<>();
    for (StockThreshold t : belowThreshold(thresholds, available, inbound)) {
      StockLocation at = locations.get(t.locationId());
      int have = available.getOrDefault(new Ledger.Slot(t.partId(), t.locationId()), 0);
      int coming = inbound.getOrDefault(new Ledger.Slot(t.partId(), t.locationId()), 0);
      int shortfall = Math.max(t.target(), t.minimum()) - have - coming;
      StockLocation.Warehouse best = null;
      int bestAvailable = 0;
      if (at != null) {
        for (StockLocation l : locations.values()) {
          if (l instanceof StockLocation.Warehouse w && !w.id().equals(at.id()) && w.region().equals(at.region())) {
            int a = available.getOrDefault(new Ledger.Slot(t.partId(), w.id()), 0);
            if (a > bestAvailable || (a == bestAvailable && a > 0 && w.id().compareTo(best.id()) < 0)) {
              best = w;
              bestAvailable = a;
            }
          }
        }
      }
      int quantity = best == null ? shortfall : Math.min(shortfall, bestAvailable);
      out.add(new Suggestion(t.locationId(), t.partId(), have, coming, t.minimum(), t.target(), quantity,
          best == null ? null : best.id(), bestAvailable));
    }
    return out;
  }

  private static int level(StockThreshold t, Map<Ledger.Slot, Integer> available, Map<Ledger.Slot, Integer> inbound) {
    Ledger.Slot s = new Ledger.Slot(t.partId(), t.locationId());
    return available.getOrDefault(s, 0) + inbound.getOrDefault(s, 0);
  }
}
