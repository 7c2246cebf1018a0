package com.fieldops.sla;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The running stretches of one milestone's clock, derived from the whole timeline every time:
 * nothing is accumulated, so no pause time can be lost when priority or policy change.
 *
 * <p>Segments are the intervals from creation during which the clock ran (not paused), cut at the
 * instant the milestone was reached or the work order cancelled; while the clock runs at
 * {@code now} the last segment is open-ended so future instants can be projected.
 */
final class MilestoneRun {
  final Milestone milestone;
  final Priority priority;
  /** Null when the policy has no target for the milestone at {@link #priority}. */
  final Duration target;
  /** When the milestone was reached or the work order cancelled; null while open. */
  final Instant stopAt;
  final boolean reached;
  /** Start of the pause in force at {@code now}; null when not paused or stopped. */
  final Instant pausedSince;
  final Instant now;

  private final BusinessTime time;
  private final List<Instant> starts = new ArrayList<>();
  /** End of each segment; null for an open-ended last segment. */
  private final List<Instant> ends = new ArrayList<>();
  private final List<Duration> lengths = new ArrayList<>();
  /** Priorities in force before the current one, with the instant each was replaced. */
  private final List<Priority> earlierPriorities = new ArrayList<>();
  private final List<Instant> earlierPriorityEnds = new ArrayList<>();

  private MilestoneRun(SlaPolicy policy, SlaTimeline timeline, Milestone milestone, Instant now,
      BusinessTime time) {
    this.milestone = milestone;
    this.now = now;
    this.time = time;
    Instant created = timeline.createdAt();
    List<SlaEvent> events = timeline.eventsUntil(now);

    Instant stop = null;
    boolean wasReached = false;
    for (SlaEvent e : events) {
      if (e instanceof SlaEvent.StatusChange change) {
        if (milestone.isReachedBy(change.status())) {
          stop = max(change.at(), created);
          wasReached = true;
          break;
        }
        if (change.status() == WorkOrderStatus.CANCELLED) {
          stop = max(change.at(), created);
          break;
        }
      }
    }
    this.stopAt = stop;
    this.reached = wasReached;
    Instant end = stop != null ? stop : now;
    this.priority = timeline.priorityAt(end);
    Priority current = timeline.priority();
    for (SlaEvent e : events) {
      if (e.at().isAfter(end)) {
        break;
      }
      if (e instanceof SlaEvent.PriorityChange change && change.priority() != current) {
        earlierPriorities.add(current);
        earlierPriorityEnds.add(max(change.at(), created));
        current = change.priority();
      }
    }
    this.target = policy.target(priority, milestone).orElse(null);

    PauseRule rule = policy.pauseRule();
    boolean paused = rule.pauses(WorkOrderStatus.NEW, null);
    Instant segmentStart = created;
    Instant pauseStart = paused ? created : null;
    for (SlaEvent e : events) {
      if (stop != null && e.at().isAfter(stop)) {
        break;
      }
      if (e instanceof SlaEvent.StatusChange change) {
        Instant at = max(change.at(), created);
        OnHoldReason reason = change.onHoldReason();
        boolean nowPaused = rule.pauses(change.status(), reason);
        if (!paused && nowPaused) {
          close(segmentStart, at);
          pauseStart = at;
        } else if (paused && !nowPaused) {
          segmentStart = at;
          pauseStart = null;
        }
        paused = nowPaused;
      }
    }
    if (!paused) {
      if (stop != null) {
        close(segmentStart, stop);
      } else {
        starts.add(segmentStart);
        ends.add(null);
        lengths.add(null);
      }
    }
    this.pausedSince = stop == null && paused ? pauseStart : null;
  }

  static MilestoneRun of(SlaPolicy policy, SlaTimeline timeline, Milestone milestone, Instant now,
      BusinessTime time) {
    return new MilestoneRun(policy, timeline, milestone, now, time);
  }

  private void close(Instant start, Instant end) {
    if (end.isAfter(start)) {
      starts.add(start);
      ends.add(end);
      lengths.add(time.between(start, end));
    }
  }

  /**
   * The earliest instant at which the clock shows {@code reading} of business time; empty when
   * the known running time never gets there (paused now, or reached/stopped before it).
   */
  Optional<Instant> instantAt(Duration reading) {
    Duration counted = Duration.ZERO;
    for (int i = 0; i < starts.size(); i++) {
      Duration remaining = reading.minus(counted);
      if (ends.get(i) == null || lengths.get(i).compareTo(remaining) >= 0) {
        return Optional.of(time.plus(starts.get(i), remaining));
      }
      counted = counted.plus(lengths.get(i));
    }
    return Optional.empty();
  }

  /**
   * For a clock reached or stopped before the reading: when it would have shown the reading had it
   * kept running from the stop (so a met clock can still show its due instant).
   */
  Optional<Instant> instantAtIfKeptRunning(Duration reading) {
    Optional<Instant> known = instantAt(reading);
    if (known.isPresent() || stopAt == null) {
      return known;
    }
    Duration counted = Duration.ZERO;
    for (Duration length : lengths) {
      counted = counted.plus(length);
    }
    return Optional.of(time.plus(stopAt, reading.minus(counted)));
  }

  /** Business time counted from creation until the stop, or until now while open. */
  Duration used() {
    Duration counted = Duration.ZERO;
    for (int i = 0; i < starts.size(); i++) {
      counted = counted.plus(ends.get(i) == null ? time.between(starts.get(i), now) : lengths.get(i));
    }
    return counted;
  }

  /** Priorities that were in force before the current one, oldest first. */
  List<Priority> earlierPriorities() {
    return earlierPriorities;
  }

  /** The instant the i-th earlier priority was replaced. */
  Instant earlierPriorityEnd(int i) {
    return earlierPriorityEnds.get(i);
  }

  boolean hasTarget() {
    return target != null;
  }

  boolean isPausedNow() {
    return pausedSince != null;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
