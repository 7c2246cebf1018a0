package com.fieldops.common.validation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The two windows every instant entering FieldOps must fall in (wire, replica, CLI files), so that
 * an absurd device clock or a typo in a plan can never reach storage or the SLA clocks.
 *
 * <ul>
 *   <li><b>Device times</b> — when a device says something happened ({@code recordedAt}, a time
 *       entry's start and end): from {@link #EARLIEST} to the judge's current time plus
 *       {@link #DEVICE_CLOCK_SKEW}. Nothing FieldOps records happened before 2000, and a phone
 *       whose clock runs a little ahead must still be heard.
 *   <li><b>Plan times</b> — schedules, calendars and SLA previews: from {@link #EARLIEST} up to,
 *       but excluding, {@link #PLAN_LATEST}. A fixed bound (rather than "now + N years") keeps a
 *       plan valid whenever it is re-checked.
 * </ul>
 */
public final class TimeWindows {
  /** The earliest instant accepted anywhere: 2000-01-01T00:00:00Z. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  /** How far ahead of the judge's clock a device's clock may run. */
  public static final Duration DEVICE_CLOCK_SKEW = Duration.ofMinutes(5);
  /** Plans, schedules and calendars end before 2100-01-01T00:00:00Z. */
  public static final Instant PLAN_LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private TimeWindows() {}

  /** A device time may be at most {@link #DEVICE_CLOCK_SKEW} after {@code now}. */
  public static Instant deviceLatest(Instant now) {
    return now.plus(DEVICE_CLOCK_SKEW);
  }

  public static boolean isDeviceTime(Instant at, Instant now) {
    return !at.isBefore(EARLIEST) && !at.isAfter(deviceLatest(now));
  }

  public static boolean isPlanTime(Instant at) {
    return !at.isBefore(EARLIEST) && at.isBefore(PLAN_LATEST);
  }

  /** The same window for calendar days (absences, holidays). */
  public static boolean isPlanDate(LocalDate day) {
    return !day.isBefore(LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC))
        && day.isBefore(LocalDate.ofInstant(PLAN_LATEST, ZoneOffset.UTC));
  }
}
