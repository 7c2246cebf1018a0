package com.fieldops.identity.mutation;

import com.fieldops.identity.model.Technician;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Creates or replaces a technician record as a whole; its id must be the envelope's {@code entityId}. */
public record UpsertTechnician(@NotNull(message = "{protocol.upsert.record.required}") @Valid Technician technician) {}
