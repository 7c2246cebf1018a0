package com.fieldops.sla;

/**
 * A level that was fired but that the clocks, recomputed with everything now known, do not
 * support: e.g. a technician's offline arrival at 10:00, synced at 14:00, shows the on-site
 * target due at 11:00 was met. The server records the withdrawal in the history and tells the
 * people who were notified.
 */
public record EscalationWithdrawal(String key, Milestone milestone, EscalationTrigger trigger,
    Reason reason) {

  public enum Reason {
    /** The milestone was reached (or the work order cancelled) before the level's instant. */
    MILESTONE_REACHED_FIRST,
    /** The clock has not got there yet (a late pause moved it): it may fire again later. */
    NOT_REACHED_YET
  }
}
