package com.fieldops.client.dispatch;

import com.fieldops.client.countdown.BadgeState;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A work order in the dispatch queue: the replica's row, its milestone countdowns, and the
 * lower-cased text the search box matches (made once, so a search over 50k jobs stays fast).
 */
public record QueueItem(WorkOrderRow row, List<MilestoneCountdown> countdowns, String region,
    List<String> requiredSkills, String haystack, Instant urgencyKey) {

  public static QueueItem of(WorkOrderRow row, List<MilestoneCountdown> countdowns, String region,
      List<String> requiredSkills) {
    String text = String.join(" ", nz(row.label()), nz(row.summary()), nz(row.customerName()),
        nz(row.siteName()), nz(row.assigneeName()), nz(region)).toLowerCase(Locale.ROOT);
    return new QueueItem(row, List.copyOf(countdowns), region, List.copyOf(requiredSkills), text,
        computeUrgencyKey(row, countdowns));
  }

  public boolean unassigned() {
    return row.assigneeId() == null;
  }

  /** The worst badge now: breached beats warning beats running. */
  public BadgeState worstAt(Instant now) {
    BadgeState worst = null;
    for (MilestoneCountdown c : countdowns) {
      BadgeState s = c.stateAt(now);
      if (s == BadgeState.MET) {
        continue;
      }
      if (worst == null || s.urgency() > worst.urgency()) {
        worst = s;
      }
    }
    return worst == null ? BadgeState.MET : worst;
  }

  public boolean atRiskAt(Instant now) {
    BadgeState w = worstAt(now);
    return w == BadgeState.WARNING || w == BadgeState.BREACHED;
  }

  /** Sort key: the earliest due instant of a running clock, else of a paused one, else the row's. */
  static Instant computeUrgencyKey(WorkOrderRow row, List<MilestoneCountdown> countdowns) {
    Instant best = null;
    for (MilestoneCountdown c : countdowns) {
      if (c.phase() == MilestoneCountdown.Phase.RUNNING || c.phase() == MilestoneCountdown.Phase.BREACHED) {
        if (c.due() != null && (best == null || c.due().isBefore(best))) {
          best = c.due();
        }
      }
    }
    return best != null ? best : row.slaDue();
  }

  /** The next instant after {@code now} when one of this job's badges changes colour, or null. */
  public Instant nextChangeAfter(Instant now) {
    Instant next = null;
    for (MilestoneCountdown c : countdowns) {
      if (c.phase() != MilestoneCountdown.Phase.RUNNING) {
        continue;
      }
      for (Instant t : new Instant[] {c.warningAt(), c.due()}) {
        if (t != null && t.isAfter(now) && (next == null || t.isBefore(next))) {
          next = t;
        }
      }
    }
    return next;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
