package com.fieldops.desktop.dispatch;

/** Test access to the timeline's layout constants. */
public final class TimelineViewAccess {
  private TimelineViewAccess() {}

  public static double nameWidth() {
    return TimelineView.NAME_WIDTH;
  }

  /** The lookup selector of a technician's row. */
  public static String lane(String technicianName) {
    return "#" + TimelineView.laneId(technicianName);
  }
}
