package com.fieldops.workorder.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Moves an assigned, open work order to another technician; it returns to ASSIGNED. Recorded by
 * consoles before {@link AssignWorkOrder} carried the decision itself (decision 0012): still
 * accepted, applied by the same function, with its old refusals of a NEW job and of the same technician.
 */
public record ReassignWorkOrder(
    @NotNull(message = "{protocol.assign.technician.required}") UUID technicianId,
    @Size(max = 2000, message = "{event.comment.size}") String comment) {}
