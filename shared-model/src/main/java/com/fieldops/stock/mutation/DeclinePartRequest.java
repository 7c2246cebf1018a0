package com.fieldops.stock.mutation;

import jakarta.validation.constraints.Size;

/** A dispatcher declines a part request, saying why. The envelope's {@code entityId} is the request. */
public record DeclinePartRequest(
    @Size(max = 500, message = "{stock.movement.reason.size}") String reason) {}
