package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A part used on the work order named by the envelope's {@code entityId}: writes the work order's
 * {@code PartUsage} and its movement {@code stockLocationId} → customer site in one apply, so both or
 * neither exist, on the server and in the replica.
 */
public record ConsumePart(
    @NotNull(message = "{id.required}") UUID partUsageId,
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{stock.location.required}") UUID stockLocationId,
    int quantity,
    @Size(max = 64, message = "{serialNumber.size}") String serialNumber) {}
