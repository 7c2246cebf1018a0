package com.fieldops.demo;

import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.identity.model.Technician;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Warehouse and van stock, kept so that every level equals the sum of its movements: an opening
 * receipt per warehouse line covers everything that later leaves it, vans are filled by
 * transfers, and a van that runs out is topped up by a transfer just before the part is used.
 */
final class DemoStock {
  private final DemoRandom r;
  private final DemoWorld w;
  private final Instant opening;
  /** location → part → quantity on hand now; insertion-ordered for determinism. */
  private final Map<UUID, Map<UUID, int[]>> onHand = new LinkedHashMap<>();
  /** warehouse → part → quantity that left the warehouse (to be covered by the opening receipt). */
  private final Map<UUID, Map<UUID, int[]>> shippedOut = new LinkedHashMap<>();
  private final Map<UUID, UUID> warehouseOfVan = new LinkedHashMap<>();
  private final Map<UUID, List<Part>> vanAssortment = new LinkedHashMap<>();
  private final List<StockMovement> movements = new ArrayList<>();
  private final Map<UUID, Integer> reorderPoint = new LinkedHashMap<>();
  /** van → serialized part → serial numbers on board, oldest first. */
  private final Map<UUID, Map<UUID, ArrayDeque<String>>> serialsInVan = new LinkedHashMap<>();

  DemoStock(DemoRandom r, DemoWorld world, Instant opening) {
    this.r = r;
    this.w = world;
    this.opening = opening;
  }

  /** Fills warehouses and vans at the opening instant. */
  void open() {
    for (DemoRegion region : DemoRegion.values()) {
      StockLocation.Warehouse warehouse = w.warehouseOf.get(region);
      Map<UUID, int[]> lines = onHand.computeIfAbsent(warehouse.id(), k -> new LinkedHashMap<>());
      for (Part part : w.parts) {
        if (r.chance(0.85)) {
          lines.put(part.id(), new int[] {r.between(0, part.serialized() ? 20 : 150)});
        }
      }
      for (Technician technician : w.techniciansByRegion.getOrDefault(region, List.of())) {
        UUID van = technician.vanStockLocationId();
        warehouseOfVan.put(van, warehouse.id());
        List<Part> assortment = new ArrayList<>();
        for (Part part : w.parts) {
          boolean cheap = part.cost().amount().doubleValue() < 150;
          if (lines.containsKey(part.id()) && r.chance(cheap ? 0.15 : 0.03)) {
            assortment.add(part);
            transfer(part, van, r.between(1, part.serialized() ? 2 : 6), opening.plusSeconds(r.between(3_600, 86_400)));
          }
        }
        vanAssortment.put(van, assortment);
      }
    }
  }

  /** The parts this van carries (may be out of stock right now: {@link #take} tops it up). */
  List<Part> assortment(UUID van) {
    return vanAssortment.getOrDefault(van, List.of());
  }

  /**
   * Takes {@code quantity} of a part out of a van for a job, topping the van up first if needed.
   *
   * @return the serial number used, for a serialized part (quantity is then 1), else null
   */
  String take(Part part, UUID van, int quantity, UUID workOrderId, UUID actorId, Instant at) {
    int[] have = onHand.computeIfAbsent(van, k -> new LinkedHashMap<>()).computeIfAbsent(part.id(), k -> new int[1]);
    if (have[0] < quantity) {
      transfer(part, van, quantity - have[0] + r.between(1, 4), at.minus(Duration.ofHours(r.between(2, 20))));
    }
    have[0] -= quantity;
    String serial = part.serialized() ? serials(van, part).poll() : null;
    movements.add(new StockMovement(r.id(at), part.id(), StockMovementKind.CONSUMPTION, van, null, quantity, serial,
        workOrderId, actorId, at));
    return serial;
  }

  private ArrayDeque<String> serials(UUID van, Part part) {
    return serialsInVan.computeIfAbsent(van, k -> new LinkedHashMap<>())
        .computeIfAbsent(part.id(), k -> new ArrayDeque<>());
  }

  private void transfer(Part part, UUID van, int quantity, Instant at) {
    UUID warehouse = warehouseOfVan.get(van);
    onHand.computeIfAbsent(van, k -> new LinkedHashMap<>()).computeIfAbsent(part.id(), k -> new int[1])[0] += quantity;
    shippedOut.computeIfAbsent(warehouse, k -> new LinkedHashMap<>()).computeIfAbsent(part.id(), k -> new int[1])[0]
        += quantity;
    // a serialized part moves one unit (one serial number) at a time
    int moves = part.serialized() ? quantity : 1;
    for (int i = 0; i < moves; i++) {
      String serial = part.serialized() ? serial() : null;
      if (serial != null) {
        serials(van, part).add(serial);
      }
      movements.add(new StockMovement(r.id(at), part.id(), StockMovementKind.TRANSFER, warehouse, van,
          part.serialized() ? 1 : quantity, serial, null, null, at));
    }
  }

  private String serial() {
    return "SN" + r.digits(9);
  }

  /** Opening receipts (first), then the movements in the order they were made. */
  List<StockMovement> movements() {
    List<StockMovement> all = new ArrayList<>();
    for (Map.Entry<UUID, Map<UUID, int[]>> location : onHand.entrySet()) {
      if (warehouseOfVan.containsKey(location.getKey())) {
        continue;
      }
      Map<UUID, int[]> out = shippedOut.getOrDefault(location.getKey(), Map.of());
      for (Map.Entry<UUID, int[]> line : location.getValue().entrySet()) {
        int received = line.getValue()[0] + (out.containsKey(line.getKey()) ? out.get(line.getKey())[0] : 0);
        if (received > 0) {
          all.add(new StockMovement(r.id(opening), line.getKey(), StockMovementKind.RECEIPT, null, location.getKey(),
              received, null, null, null, opening));
        }
      }
    }
    all.addAll(movements);
    return all;
  }

  List<StockLevel> levels() {
    List<StockLevel> levels = new ArrayList<>();
    for (Map.Entry<UUID, Map<UUID, int[]>> location : onHand.entrySet()) {
      boolean van = warehouseOfVan.containsKey(location.getKey());
      for (Map.Entry<UUID, int[]> line : location.getValue().entrySet()) {
        levels.add(new StockLevel(r.id(w.now), line.getKey(), location.getKey(), line.getValue()[0],
            van ? 1 : reorderPoint.computeIfAbsent(line.getKey(), k -> r.between(2, 10))));
      }
    }
    return levels;
  }
}
