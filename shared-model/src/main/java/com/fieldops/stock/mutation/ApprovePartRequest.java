package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A dispatcher of the request's region (or an admin) approves it, choosing where the parts come from:
 * the same apply sends the transfer {@code sourceLocationId} → in transit, addressed to the requesting
 * technician's van. {@code quantity} null: what was asked for. The envelope's {@code entityId} is the request.
 */
public record ApprovePartRequest(
    @NotNull(message = "{stock.location.required}") UUID sourceLocationId,
    Integer quantity,
    @Size(max = 64, message = "{serialNumber.size}") String serialNumber) {}
