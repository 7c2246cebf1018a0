package com.fieldops.protocol.mutation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** First assignment of a NEW work order to a technician (the technician's id, not a user id). */
public record AssignWorkOrder(@NotNull(message = "{protocol.assign.technician.required}") UUID technicianId) {}
