package com.fieldops.sla;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fieldops.common.validation.PlanTime;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * What the SLA clocks need from a work order's history. The server and clients build these
 * from their work-order events, using the time an action happened (device time, bounded by
 * {@link OfflineEventTime}), not the time it reached the server.
 *
 * <p>In JSON: {@code {"kind":"STATUS","at":"…","status":"ON_HOLD","onHoldReason":"WAITING_FOR_PARTS"}}
 * or {@code {"kind":"PRIORITY","at":"…","priority":"P1"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SlaEvent.StatusChange.class, name = "STATUS"),
    @JsonSubTypes.Type(value = SlaEvent.PriorityChange.class, name = "PRIORITY")})
public sealed interface SlaEvent permits SlaEvent.StatusChange, SlaEvent.PriorityChange {

  Instant at();

  /** The work order moved to {@code status}; {@code onHoldReason} only for ON_HOLD. */
  record StatusChange(@PlanTime(message = "{timeline.event.at.window}") Instant at, WorkOrderStatus status, OnHoldReason onHoldReason)
      implements SlaEvent {
    public StatusChange {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(status, "status");
    }
  }

  /** The work order's priority became {@code priority}. */
  record PriorityChange(@PlanTime(message = "{timeline.event.at.window}") Instant at, Priority priority) implements SlaEvent {
    public PriorityChange {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(priority, "priority");
    }
  }
}
