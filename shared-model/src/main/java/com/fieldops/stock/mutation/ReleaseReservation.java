package com.fieldops.stock.mutation;

import jakarta.validation.constraints.Size;

/**
 * Releases a reservation by hand (the job no longer needs the parts). Using the part on the job,
 * completing or cancelling the job release it by themselves. The envelope's {@code entityId} is the reservation.
 */
public record ReleaseReservation(@Size(max = 500, message = "{stock.movement.reason.size}") String reason) {}
