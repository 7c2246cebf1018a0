package com.fieldops.workorder.mutation;

import com.fieldops.common.GeoPoint;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.WorkOrderStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move of the work-order state machine (accept, en route, arrive, hold, resume, complete,
 * close, cancel). {@code onHoldReason} with ON_HOLD; {@code resolution} when completing.
 * {@code position}: where the device was when the technician started travel or arrived (null when it
 * had no fix); kept on the history entry so the office sees it as coordinates, not as comment text.
 */
public record ChangeWorkOrderStatus(
    @NotNull(message = "{event.to.required}") WorkOrderStatus to,
    OnHoldReason onHoldReason,
    @Size(max = 4000, message = "{workorder.resolution.size}") String resolution,
    @Size(max = 2000, message = "{event.comment.size}") String comment,
    @Valid GeoPoint position) {

  /** A move recorded without a position. */
  public ChangeWorkOrderStatus(WorkOrderStatus to, OnHoldReason onHoldReason, String resolution, String comment) {
    this(to, onHoldReason, resolution, comment, null);
  }
}
