package com.fieldops.server.sla;

import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.model.workorder.WorkOrderEvent;
import com.fieldops.sla.OfflineEventTime;
import com.fieldops.sla.SlaEvent;
import com.fieldops.sla.SlaTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
    List<WorkOrderEvent> byReceipt = new ArrayList<>(events);
    byReceipt.sort(Comparator.comparing(WorkOrderEvent::recordedAt).thenComparing(WorkOrderEvent::occurredAt)
        .thenComparing(WorkOrderEvent::id));
    Priority initial = null;
    Instant previous = wo.createdAt();
    List<SlaEvent> slaEvents = new ArrayList<>();
    List<Timed> times = new ArrayList<>();
    for (WorkOrderEvent e : byReceipt) {
      if (e instanceof WorkOrderEvent.Created created) {
        initial = created.priority();
        continue;
      }
      boolean fromServer = WorkOrderEvent.SERVER_DEVICE.equals(e.deviceId());
      OfflineEventTime t = fromServer
          ? OfflineEventTime.of(e.occurredAt(), e.recordedAt(), e.occurredAt())
          : OfflineEventTime.of(e.occurredAt(), e.recordedAt(), previous);
      if (e instanceof WorkOrderEvent.StatusChanged s) {
        slaEvents.add(new SlaEvent.StatusChange(t.effective(), s.to(), s.onHoldReason()));
        times.add(new Timed(e, t));
      } else if (e instanceof WorkOrderEvent.PriorityChanged p) {
        if (initial == null) {
          initial = p.from();
        }
        slaEvents.add(new SlaEvent.PriorityChange(t.effective(), p.to()));
        times.add(new Timed(e, t));
      } else if (e instanceof WorkOrderEvent.EscalationFired || e instanceof WorkOrderEvent.EscalationWithdrawn) {
        continue;
      }
      if (!fromServer && t.effective().isAfter(previous)) {
        previous = t.effective();
      }
    }
    Priority start = initial != null ? initial : wo.priority();
    return new SlaHistory(new SlaTimeline(wo.createdAt(), start, slaEvents), List.copyOf(times));
  }

  /** Whether an event arrived after the time it counts for by more than {@code toleranceMillis}. */
  boolean hasLateEvents(long toleranceMillis) {
    return times.stream().anyMatch(t -> t.time().received().toEpochMilli() - t.time().effective().toEpochMilli()
        > toleranceMillis);
  }
}
