package com.fieldops.stock.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Parts sent from a warehouse or van: a movement {@code fromLocationId} → in transit, until the
 * receiving side books them in ({@link ReceiveTransfer}). The envelope's {@code entityId} is the new
 * movement's id, which is also the transfer's id. {@code toLocationId}, if given, is where it goes: the
 * receiving side holds the transfer from the moment it is sent, and only there can it be booked in.
 */
public record TransferStock(
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{stock.location.required}") UUID fromLocationId,
    int quantity,
    @Size(max = 64, message = "{serialNumber.size}") String serialNumber,
    UUID toLocationId) {

  /** A transfer that does not say where it goes (received by whoever books it in). */
  public TransferStock(UUID partId, UUID fromLocationId, int quantity, String serialNumber) {
    this(partId, fromLocationId, quantity, serialNumber, null);
  }
}
