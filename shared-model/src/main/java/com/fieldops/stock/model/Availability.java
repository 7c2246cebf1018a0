package com.fieldops.stock.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Reserved and available stock, derived like on-hand (docs/decisions/0017): nothing stores "reserved".
 * A reservation holds its quantity at its location until its job uses the part from there (each unit
 * used frees one), the job is completed or cancelled, or someone releases it. Available = on hand −
 * still reserved; it can be below zero when a van is (on hand below zero, or reserved more than it holds).
 */
public final class Availability {
  private Availability() {}

  /**
   * Per part and location, how many the standing reservations still hold (never below zero).
   *
   * @param jobFinished whether a job is completed, closed or cancelled (then it holds nothing); a job
   *                    not known here counts as still open
   */
  public static Map<Ledger.Slot, Integer> reserved(Collection<Reservation> reservations,
      Predicate<UUID> jobFinished, Collection<StockMovement> movements) {
    // per job, part and location: what was reserved, then what the job already used from there
    Map<List<UUID>, Integer> held = new LinkedHashMap<>();
    for (Reservation r : reservations) {
      if (r.releasedAt() != null) {
        continue;
      }
      if (jobFinished.test(r.workOrderId())) {
        continue;
      }
      held.merge(List.of(r.workOrderId(), r.partId(), r.locationId()), r.quantity(), Integer::sum);
    }
    for (StockMovement m : movements) {
      if (m.kind() == StockMovementKind.CONSUMPTION && m.workOrderId() != null) {
        if (m.fromLocationId() != null) {
          held.computeIfPresent(List.of(m.workOrderId(), m.partId(), m.fromLocationId()), (k, v) -> v - m.quantity());
        }
      }
    }
    Map<Ledger.Slot, Integer> out = new LinkedHashMap<>();
    held.forEach((k, v) -> {
      if (v > 0) {
        out.merge(new Ledger.Slot(k.get(1), k.get(2)), v, Integer::sum);
      }
    });
    return out;
  }

  /** On hand − reserved, per part and location (every slot of either map). */
  public static Map<Ledger.Slot, Integer> available(Map<Ledger.Slot, Integer> onHand,
      Map<Ledger.Slot, Integer> reserved) {
    Map<Ledger.Slot, Integer> out = new LinkedHashMap<>(onHand);
    reserved.forEach((slot, q) -> out.merge(slot, -q, Integer::sum));
    return out;
  }
}
