package com.fieldops.client.dispatch;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the dispatch queue lists: a scope and optional narrowing by priority, type, status, region,
 * required skill and the words of a search (each must appear in the job's pre-lowered text, so a
 * search over 50k jobs stays fast). Null or blank narrows nothing.
 */
public record QueueFilter(QueueScope scope, Priority priority, WorkOrderType type, WorkOrderStatus status,
    String region, String skill, String search) {

  /** Most urgent first: the earliest due running clock, then priority, then the job's number. */
  public static final Comparator<QueueItem> URGENCY =
      Comparator.comparing(QueueItem::urgencyKey, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(i -> i.row().priority(), Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(i -> i.row().label(), Comparator.nullsLast(Comparator.naturalOrder()));

  /** The jobs this filter keeps at {@code now} (whether a clock is at risk depends on the time). */
  public Predicate<QueueItem> at(Instant now) {
    String[] words = search == null || search.isBlank() ? new String[0]
        : search.toLowerCase(Locale.ROOT).trim().split("\\s+");
    return item -> {
      WorkOrderRow r = item.row();
      if (priority != null && r.priority() != priority) {
        return false;
      }
      if (type != null && r.type() != type) {
        return false;
      }
      if (status != null && r.status() != status) {
        return false;
      }
      if (region != null && !region.isBlank() && !region.equals(item.region())) {
        return false;
      }
      if (skill != null && !skill.isBlank() && !item.requiredSkills().contains(skill)) {
        return false;
      }
      for (String w : words) {
        if (!item.haystack().contains(w)) {
          return false;
        }
      }
      return switch (scope) {
        case ALL_OPEN -> true;
        case UNASSIGNED -> item.unassigned();
        case UNASSIGNED_OR_AT_RISK -> item.unassigned() || item.atRiskAt(now);
      };
    };
  }

  /** The next instant after {@code now} when a badge of one of {@code items} changes colour, or null. */
  public static Instant nextColourChange(List<QueueItem> items, Instant now) {
    Instant next = null;
    for (QueueItem i : items) {
      Instant n = i.nextChangeAfter(now);
      if (n != null && (next == null || n.isBefore(next))) {
        next = n;
      }
    }
    return next;
  }
}
