package com.fieldops.client.today;

import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which of the technician's jobs the office gave or changed since they last looked: a job that
 * appeared, or whose window, priority, problem, site or office status (re-assigned, cancelled)
 * moved. The technician's own steps (accept, travel...) do not mark a job. The first list seen
 * marks nothing; opening a job clears its mark.
 */
public final class OfficeChanges {
  private final Map<UUID, Integer> seen = new HashMap<>();
  private final Set<UUID> marked = new HashSet<>();
  private boolean first = true;

  /** Compares with what was seen before; returns the jobs that now carry the mark. */
  public synchronized Set<UUID> update(List<WorkOrderRow> rows) {
    return update(rows, false);
  }

  /**
   * Like {@link #update(List)}; with {@code baseline} the rows are only remembered, nothing is
   * marked: the phone's first copy before its first sync, or another day the technician turned to.
   */
  public synchronized Set<UUID> update(List<WorkOrderRow> rows, boolean baseline) {
    for (WorkOrderRow r : rows) {
      int print = officePrint(r);
      Integer before = seen.put(r.id(), print);
      if (!first && !baseline && (before == null || before != print)) {
        marked.add(r.id());
      }
    }
    if (!baseline) {
      first = false;
    }
    return Set.copyOf(marked);
  }

  public synchronized boolean isMarked(UUID id) {
    return marked.contains(id);
  }

  /** The technician opened the job: they have seen what changed. */
  public synchronized void acknowledge(UUID id) {
    marked.remove(id);
  }

  private static int officePrint(WorkOrderRow r) {
    WorkOrderStatus s = r.status();
    boolean officeStatus = s == WorkOrderStatus.CANCELLED || s == WorkOrderStatus.CLOSED;
    return Objects.hash(r.scheduledStart(), r.scheduledEnd(), r.priority(), r.summary(), r.siteId(),
        officeStatus ? s : null);
  }
}
