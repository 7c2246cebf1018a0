package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Sets parts aside at a location for a scheduled job, so they are not promised twice. The envelope's
 * {@code entityId} is the new reservation's id.
 */
public record ReserveParts(
    @NotNull(message = "{partrequest.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{stock.location.required}") UUID locationId,
    int quantity) {}
