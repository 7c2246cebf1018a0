package com.fieldops.equipment.mutation;

import com.fieldops.equipment.model.MaintenancePlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Creates or replaces a maintenance plan as a whole; its id must be the envelope's {@code entityId}.
 * The plan's region, manufacturer and model are taken from its machine, whatever the payload says.
 */
public record UpsertMaintenancePlan(@NotNull(message = "{protocol.upsert.record.required}") @Valid MaintenancePlan plan) {}
