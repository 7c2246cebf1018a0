package com.fieldops.stock.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * Parts set aside at a location for a scheduled job: not on-hand moved anywhere, only kept from being
 * promised twice. What is still held is derived ({@link Availability}): the part used on the job, the
 * job completed or cancelled, or the reservation released, and it holds nothing any more.
 *
 * @param releasedAt set when someone released it by hand; null while it stands
 */
public record Reservation(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{partrequest.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{stock.location.required}") UUID locationId,
    @Min(value = 1, message = "{quantity.min}") @Max(value = 9999, message = "{quantity.max}") int quantity,
    UUID reservedBy,
    @NotNull(message = "{partrequest.requestedAt.required}") Instant reservedAt,
    Instant releasedAt,
    UUID releasedBy) {}
