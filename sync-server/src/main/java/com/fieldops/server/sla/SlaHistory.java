package com.fieldops.server.sla;

import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.sla.OfflineEventTime;
import com.fieldops.sla.SlaTimeline;
import java.util.List;

/**
 * A work order's history as the SLA clocks see it. Each event counts at the time it happened on
 * the device ({@code occurredAt}), bounded by {@link OfflineEventTime}: not after the server
 * received it ({@code recordedAt}) and not before the previous event the server already knew
 * (events taken in the order the server received them). Both times stay in the event itself.
 *
 * <p>The server's own entries (escalations, numbers: device {@code server}) do not move the lower
 * bound: a technician's offline arrival at 10:00 that syncs after a breach escalation at 11:00 must
 * still count at 10:00, or no escalation could ever be disproved.
 */
record SlaHistory(SlaTimeline timeline, List<Timed> times) {

  /** One status or priority event with the instant the clocks use. */
  record Timed(WorkOrderEvent event, OfflineEventTime time) {}

  static SlaHistory of(WorkOrder wo, List<WorkOrderEvent> events) {
    // the one shared rule (server and clients): com.fieldops.sla.WorkOrderSla
    com.fieldops.sla.WorkOrderSla.History h = com.fieldops.sla.WorkOrderSla.history(wo, events);
    return new SlaHistory(h.timeline(), h.times().stream().map(t -> new Timed(t.event(), t.time())).toList());
  }

  /** Whether an event arrived after the time it counts for by more than {@code toleranceMillis}. */
  boolean hasLateEvents(long toleranceMillis) {
    return times.stream().anyMatch(t -> t.time().received().toEpochMilli() - t.time().effective().toEpochMilli()
        > toleranceMillis);
  }
}
