package com.fieldops.workorder.mutation;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.WorkOrderStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A move of the work-order state machine (accept, en route, arrive, hold, resume, complete,
 * close, cancel). {@code onHoldReason} with ON_HOLD; {@code resolution} when completing.
 */
public record ChangeWorkOrderStatus(
    @NotNull(message = "{event.to.required}") WorkOrderStatus to,
    OnHoldReason onHoldReason,
    @Size(max = 4000, message = "{workorder.resolution.size}") String resolution,
    @Size(max = 2000, message = "{event.comment.size}") String comment) {}
