package com.fieldops.client.countdown;

/**
 * The state a countdown badge shows, and its words. Each app gives every state a colour AND an
 * icon as well (never colour alone): the console in its {@code Badges}.
 */
public enum BadgeState {
  OK("sla.state.ok"),
  WARNING("sla.state.warning"),
  BREACHED("sla.state.breached"),
  PAUSED("sla.state.paused"),
  MET("sla.state.met"),
  /** The job was cancelled before the milestone: its clock stopped, neither met nor breached. */
  STOPPED("sla.state.stopped");

  private final String messageKey;

  BadgeState(String messageKey) {
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The short words for a compact badge in a list, e.g. "40 min", "overdue 5 min". */
  public String compactKey() {
    return "sla.compact." + name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Higher = more urgent; used to sort the queue and to colour a job block. */
  public int urgency() {
    return switch (this) {
      case BREACHED -> 4;
      case WARNING -> 3;
      case OK -> 2;
      case PAUSED -> 1;
      case MET, STOPPED -> 0;
    };
  }
}
