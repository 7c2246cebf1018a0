package com.fieldops.stock.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * One step of a part request, appended and never edited: who did what, when, from which device.
 *
 * @param quantity  how many were asked for, sent or received in this step
 * @param locationId the source chosen (approval) or where the parts were booked in (receipt)
 * @param note      the comment of the request or the reason of a decline
 */
public record PartRequestEvent(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{partrequest.part.required}") UUID partRequestId,
    @NotNull(message = "{partrequest.status.required}") Kind kind,
    @NotNull(message = "{partrequest.requestedAt.required}") Instant at,
    UUID actorId,
    @Size(max = 128, message = "{partrequest.comment.size}") String deviceId,
    int quantity,
    UUID locationId,
    @Size(max = 2000, message = "{partrequest.comment.size}") String note) {

  /** What happened to the request. */
  public enum Kind {
    REQUESTED,
    APPROVED,
    DECLINED,
    RECEIVED
  }
}
