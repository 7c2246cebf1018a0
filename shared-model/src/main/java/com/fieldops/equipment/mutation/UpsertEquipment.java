package com.fieldops.equipment.mutation;

import com.fieldops.equipment.model.Equipment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Creates or replaces a equipment record as a whole; its id must be the envelope's {@code entityId}. */
public record UpsertEquipment(@NotNull(message = "{protocol.upsert.record.required}") @Valid Equipment equipment) {}
