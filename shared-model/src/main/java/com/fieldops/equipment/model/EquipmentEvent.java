package com.fieldops.equipment.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** One line of a machine's service history; append-only. {@code workOrderId} when a job caused it. */
public record EquipmentEvent(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{equipmentevent.equipment.required}") UUID equipmentId,
    UUID workOrderId,
    @NotNull(message = "{equipmentevent.kind.required}") EquipmentEventKind kind,
    @NotNull(message = "{equipmentevent.occurredAt.required}") Instant occurredAt,
    @NotBlank(message = "{equipmentevent.summary.required}") @Size(max = 2000, message = "{equipmentevent.summary.size}") String summary,
    UUID actorId) {}
