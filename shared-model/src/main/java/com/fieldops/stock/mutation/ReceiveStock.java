package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Parts delivered by a supplier into a warehouse or van: a movement supplier → {@code toLocationId}.
 * The envelope's {@code entityId} is the new movement's id.
 */
public record ReceiveStock(
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{stock.location.required}") UUID toLocationId,
    int quantity,
    @Size(max = 64, message = "{serialNumber.size}") String serialNumber) {}
