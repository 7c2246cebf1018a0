package com.fieldops.stock.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * How many of a part are at a location: a snapshot kept equal to the sum of the
 * {@link StockMovement}s, so a replica need not replay them all.
 *
 * @param reorderPoint below this, restocking is suggested (0 = never)
 */
public record StockLevel(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{stock.location.required}") UUID locationId,
    @Min(value = 0, message = "{stock.quantity.negative}") int onHand,
    @Min(value = 0, message = "{stock.reorderPoint.negative}") int reorderPoint) {

  public boolean belowReorderPoint() {
    return onHand < reorderPoint;
  }
}
