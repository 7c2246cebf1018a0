package com.fieldops.workorder.mutation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * "This job goes to this technician (at this time)": the one intent of a board gesture. Whether that
 * is a first assignment, a reassignment (the job returns to ASSIGNED) or only a new time for the same
 * technician is decided by the apply function against the job as it is then, on the server and in
 * the replica alike (decision 0012). The window and the comment are optional: a payload of today's
 * consoles, {@code {technicianId}} alone, still applies.
 *
 * @param technicianId   the technician's id, not a user id
 * @param scheduledStart with {@code scheduledEnd}, the job's new window; both or neither
 * @param comment        goes into the history of a reassignment
 */
public record AssignWorkOrder(
    @NotNull(message = "{protocol.assign.technician.required}") UUID technicianId,
    Instant scheduledStart,
    Instant scheduledEnd,
    @Size(max = 2000, message = "{event.comment.size}") String comment) {

  /** An assignment that leaves the schedule as it is. */
  public AssignWorkOrder(UUID technicianId) {
    this(technicianId, null, null, null);
  }

  boolean hasWindow() {
    return scheduledStart != null || scheduledEnd != null;
  }
}
