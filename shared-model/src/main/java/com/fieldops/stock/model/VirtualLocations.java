package com.fieldops.stock.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger's fixed locations: one well-known id per kind, the same on every server and device,
 * so a movement can name them without a stored record. Warehouses and vans are records instead.
 */
public final class VirtualLocations {
  public static final UUID IN_TRANSIT = UUID.fromString("00000000-0000-7000-8000-00000000a001");
  public static final UUID SUPPLIER = UUID.fromString("00000000-0000-7000-8000-00000000a002");
  public static final UUID CUSTOMER_SITE = UUID.fromString("00000000-0000-7000-8000-00000000a003");
  public static final UUID INVENTORY_LOSS = UUID.fromString("00000000-0000-7000-8000-00000000a004");

  private static final Map<StockLocationKind, UUID> IDS = new EnumMap<>(Map.of(
      StockLocationKind.IN_TRANSIT, IN_TRANSIT,
      StockLocationKind.SUPPLIER, SUPPLIER,
      StockLocationKind.CUSTOMER_SITE, CUSTOMER_SITE,
      StockLocationKind.INVENTORY_LOSS, INVENTORY_LOSS));

  private VirtualLocations() {}

  /** The kind of a fixed location's id; empty for any other id (a warehouse, a van, unknown). */
  public static Optional<StockLocationKind> kindOf(UUID id) {
    return IDS.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst();
  }

  public static boolean isVirtual(UUID id) {
    return kindOf(id).isPresent();
  }

  /** Outside the company's stock (supplier, customer site, inventory loss): a ledger end with no count. */
  public static boolean isOutside(UUID id) {
    return kindOf(id).map(StockLocationKind::outside).orElse(false);
  }
}
