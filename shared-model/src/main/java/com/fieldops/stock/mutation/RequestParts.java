package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A technician asks for parts, delivered to their van: for one of their jobs ({@code workOrderId}) or
 * for the van itself (null). The envelope's {@code entityId} is the new request's id.
 */
public record RequestParts(
    @NotNull(message = "{stock.part.required}") UUID partId,
    int quantity,
    UUID workOrderId,
    Instant neededBy,
    @Size(max = 2000, message = "{partrequest.comment.size}") String comment) {}
