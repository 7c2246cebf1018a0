package com.fieldops.sla;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A work order's history as the SLA clocks see it: created at an instant with a priority, then
 * status and priority changes. Events are kept in time order (stable for equal instants);
 * an event dated before creation counts as happening at creation.
 *
 * <p>Immutable; the {@code status}/{@code hold}/{@code priority} methods return a longer timeline.
 */
public record SlaTimeline(Instant createdAt, Priority priority, List<SlaEvent> events) {

  public SlaTimeline {
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(priority, "priority");
    List<SlaEvent> sorted = new ArrayList<>(events == null ? List.of()
        : events.stream().filter(Objects::nonNull).toList());
    sorted.sort(Comparator.comparing(SlaEvent::at));
    events = Collections.unmodifiableList(sorted);
  }

  public static SlaTimeline created(Instant createdAt, Priority priority) {
    return new SlaTimeline(createdAt, priority, List.of());
  }

  public SlaTimeline with(SlaEvent event) {
    List<SlaEvent> all = new ArrayList<>(events);
    all.add(event);
    return new SlaTimeline(createdAt, priority, all);
  }

  public SlaTimeline status(Instant at, WorkOrderStatus status) {
    return with(new SlaEvent.StatusChange(at, status, null));
  }

  public SlaTimeline hold(Instant at, OnHoldReason reason) {
    return with(new SlaEvent.StatusChange(at, WorkOrderStatus.ON_HOLD, reason));
  }

  public SlaTimeline priority(Instant at, Priority newPriority) {
    return with(new SlaEvent.PriorityChange(at, newPriority));
  }

  /** The priority in force at an instant (the last change at or before it). */
  public Priority priorityAt(Instant at) {
    Priority p = priority;
    for (SlaEvent e : events) {
      if (e.at().isAfter(at)) {
        break;
      }
      if (e instanceof SlaEvent.PriorityChange change) {
        p = change.priority();
      }
    }
    return p;
  }

  /** Events that had happened by {@code now} (inclusive). */
  public List<SlaEvent> eventsUntil(Instant now) {
    return events.stream().filter(e -> !e.at().isAfter(now)).toList();
  }

  /** Latest instant in the history (creation when there are no events). */
  public Instant lastEventAt() {
    return events.isEmpty() ? createdAt : max(createdAt, events.get(events.size() - 1).at());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
