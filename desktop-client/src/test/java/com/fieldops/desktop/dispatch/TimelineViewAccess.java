package com.fieldops.desktop.dispatch;

/** Test access to the timeline's layout constants. */
public final class TimelineViewAccess {
  private TimelineViewAccess() {}

  public static double nameWidth() {
    return TimelineView.NAME_WIDTH;
  }
}
