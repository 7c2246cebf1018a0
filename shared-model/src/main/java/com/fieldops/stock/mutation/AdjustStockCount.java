package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A stock-take correction: {@code difference} = counted − what the ledger said when counting. Found
 * parts come from inventory loss, missing ones go there; never an overwrite of on-hand, so a
 * consumption recorded meanwhile on another device still counts. The envelope's {@code entityId} is
 * the new movement's id.
 */
public record AdjustStockCount(
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{stock.location.required}") UUID locationId,
    int difference,
    @Size(max = 500, message = "{stock.movement.reason.size}") String reason,
    @Size(max = 64, message = "{serialNumber.size}") String serialNumber) {}
