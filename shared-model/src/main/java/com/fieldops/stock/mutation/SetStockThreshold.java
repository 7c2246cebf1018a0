package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The low-stock threshold of a part at a location: below {@code minimum} available, restock up to
 * {@code target}. Minimum 0 and target 0: no threshold. The envelope's {@code entityId} is
 * {@code StockThreshold.idOf(locationId, partId)}.
 */
public record SetStockThreshold(
    @NotNull(message = "{stock.location.required}") UUID locationId,
    @NotNull(message = "{stock.part.required}") UUID partId,
    int minimum,
    int target) {}
