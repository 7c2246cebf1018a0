package com.fieldops.protocol.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Moves an assigned, open work order to another technician; it returns to ASSIGNED. */
public record ReassignWorkOrder(
    @NotNull(message = "{protocol.assign.technician.required}") UUID technicianId,
    @Size(max = 2000, message = "{event.comment.size}") String comment) {}
