package com.fieldops.stock.model;

import java.nio.charset.StandardCharsets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * Low-stock threshold of one part at one location: below {@code minimum} available, restock up to
 * {@code target} ({@link ReplenishmentPlanner}). One per part and location: its id is derived from both
 * ({@link #idOf}), so setting it again replaces it.
 */
public record StockThreshold(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{stock.location.required}") UUID locationId,
    @NotNull(message = "{stock.part.required}") UUID partId,
    @Min(value = 0, message = "{stock.reorderPoint.negative}") @Max(value = 100000, message = "{quantity.max}") int minimum,
    @Min(value = 0, message = "{stock.reorderPoint.negative}") @Max(value = 100000, message = "{quantity.max}") int target,
    UUID setBy,
    Instant setAt) {

  public static UUID idOf(UUID locationId, UUID partId) {
    return UUID.nameUUIDFromBytes(("stock-threshold:" + locationId + ":" + partId).getBytes(StandardCharsets.UTF_8));
  }
}
