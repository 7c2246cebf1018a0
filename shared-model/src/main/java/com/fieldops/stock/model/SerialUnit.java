package com.fieldops.stock.model;

import java.nio.charset.StandardCharsets;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * Where one serialized unit (part + serial number) is now, rewritten by every movement of it: the
 * rules find it by id ({@link #idOf}) to refuse a duplicate serial or one that is not at the location
 * it is said to leave. Its history is the movements with its serial ({@code StockMovement.serialNumber}).
 *
 * @param locationId    where it is: a warehouse, a van, in transit, or the customer site once installed
 * @param workOrderId   the job it was installed on (while at the customer site)
 * @param equipmentId   the machine it went into (while at the customer site), if the job names one
 * @param lastMovementId the movement that put it where it is
 */
public record SerialUnit(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{serialunit.serial.required}") @Size(max = 64, message = "{serialNumber.size}") String serialNumber,
    @NotNull(message = "{stock.location.required}") UUID locationId,
    UUID destinationId,
    UUID workOrderId,
    UUID equipmentId,
    UUID lastMovementId,
    Instant movedAt) {

  public static UUID idOf(UUID partId, String serialNumber) {
    return UUID.nameUUIDFromBytes(("serial-unit:" + partId + ":" + serialNumber.strip())
        .getBytes(StandardCharsets.UTF_8));
  }
}
