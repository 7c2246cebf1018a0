package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Parts of a transfer arriving: a movement in transit → {@code toLocationId}. Several partial receipts
 * are allowed; together they may not exceed what was sent. The envelope's {@code entityId} is the
 * transfer's id (the movement that sent it).
 */
public record ReceiveTransfer(
    @NotNull(message = "{stock.location.required}") UUID toLocationId,
    int quantity) {}
