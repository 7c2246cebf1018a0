package com.fieldops.equipment.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a machine's service history; append-only. {@code workOrderId} when a job caused it;
 * {@code details} on the line a job's completion writes (work done is the {@code summary}).
 */
public record EquipmentEvent(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{equipmentevent.equipment.required}") UUID equipmentId,
    UUID workOrderId,
    @NotNull(message = "{equipmentevent.kind.required}") EquipmentEventKind kind,
    @NotNull(message = "{equipmentevent.occurredAt.required}") Instant occurredAt,
    @NotBlank(message = "{equipmentevent.summary.required}") @Size(max = 2000, message = "{equipmentevent.summary.size}") String summary,
    UUID actorId,
    @Valid ServiceDetails details) {

  /** A history line without job details (installation, a meter reading, an inspection note). */
  public EquipmentEvent(UUID id, UUID equipmentId, UUID workOrderId, EquipmentEventKind kind, Instant occurredAt,
      String summary, UUID actorId) {
    this(id, equipmentId, workOrderId, kind, occurredAt, summary, actorId, null);
  }
}
