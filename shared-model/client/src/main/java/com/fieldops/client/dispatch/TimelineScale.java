package com.fieldops.client.dispatch;

/** The timeline shows one day (hours) or one week (days). */
public enum TimelineScale {
  DAY(1),
  WEEK(7);

  private final int days;

  TimelineScale(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
