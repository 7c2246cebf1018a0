package com.fieldops.client.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Maps instants to x positions on the timeline and back. Each day shows {@link #FIRST_HOUR} to
 * {@link #LAST_HOUR}: nights are left out so a week still fits on one screen.
 */
public record TimeAxis(LocalDate firstDay, int days, ZoneId zone, double width) {
  public static final int FIRST_HOUR = 7;
  public static final int LAST_HOUR = 21;
  static final double HOURS = LAST_HOUR - FIRST_HOUR;

  public double dayWidth() {
    return width / days;
  }

  /** x of {@code at}, clamped to the visible range. */
  public double x(Instant at) {
    ZonedDateTime z = at.atZone(zone);
    long dayIndex = z.toLocalDate().toEpochDay() - firstDay.toEpochDay();
    if (dayIndex < 0) {
      return 0;
    }
    if (dayIndex >= days) {
      return width;
    }
    double hour = z.getHour() + z.getMinute() / 60.0 + z.getSecond() / 3600.0;
    double f = Math.max(0, Math.min(1, (hour - FIRST_HOUR) / HOURS));
    return dayIndex * dayWidth() + f * dayWidth();
  }

  /**
   * Whether {@code at} lies before what the axis shows of its day (before {@link #FIRST_HOUR}) or
   * before the first day: a job starting then is drawn cut off at the left, with a cue that it began
   * earlier.
   */
  public boolean beforeShown(Instant at) {
    ZonedDateTime z = at.atZone(zone);
    long dayIndex = z.toLocalDate().toEpochDay() - firstDay.toEpochDay();
    if (dayIndex < 0) {
      return true;
    }
    if (dayIndex >= days) {
      return false;
    }
    return z.getHour() + z.getMinute() / 60.0 + z.getSecond() / 3600.0 < FIRST_HOUR;
  }

  /** The instant at {@code x}. */
  public Instant at(double x) {
    double clamped = Math.max(0, Math.min(width - 0.001, x));
    int dayIndex = (int) Math.floor(clamped / dayWidth());
    double f = (clamped - dayIndex * dayWidth()) / dayWidth();
    long minutes = Math.round((FIRST_HOUR + f * HOURS) * 60);
    LocalDate d = firstDay.plusDays(dayIndex);
    return d.atStartOfDay(zone).plusMinutes(minutes).toInstant();
  }

  public Instant instant(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(zone).toInstant();
  }
}
