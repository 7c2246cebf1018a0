package com.fieldops.sla;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One stretch of opening hours within a local day, {@code [start, end)} in the calendar's zone.
 *
 * <p>An {@code end} of 00:00 means midnight at the END of the day (24:00), so {@code 00:00-24:00}
 * is a whole day. Night shifts are two intervals on two days ({@code 22:00-24:00} and
 * {@code 00:00-06:00}). In JSON an interval is the text {@code "08:00-12:00"}.
 */
public record OpeningInterval(LocalTime start, LocalTime end) {

  public OpeningInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  public static OpeningInterval of(LocalTime start, LocalTime end) {
    return new OpeningInterval(start, end);
  }

  /** Parses {@code "HH:mm-HH:mm"}; {@code 24:00} is accepted as an end. */
  @JsonCreator
  public static OpeningInterval parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("opening interval must look like 08:00-12:00");
    }
    String[] parts = text.trim().split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "opening interval must look like 08:00-12:00, got \"" + text + "\"");
    }
    try {
      LocalTime start = LocalTime.parse(parts[0]);
      LocalTime end = "24:00".equals(parts[1]) ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1]);
      return new OpeningInterval(start, end);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "opening interval must look like 08:00-12:00, got \"" + text + "\"", e);
    }
  }

  /** Whether the interval runs to the end of the day (end written as 24:00 or 00:00). */
  public boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  /** Seconds of the day at which the interval starts. */
  public int startSecond() {
    return start.toSecondOfDay();
  }

  /** Seconds of the day at which the interval ends; 86400 for midnight at the end of the day. */
  public int endSecond() {
    return endsAtMidnight() ? 86_400 : end.toSecondOfDay();
  }

  /** An interval that ends at or before it starts contains no time: a policy must not have one. */
  public boolean isEmpty() {
    return endSecond() <= startSecond();
  }

  public boolean overlaps(OpeningInterval other) {
    return startSecond() < other.endSecond() && other.startSecond() < endSecond();
  }

  @JsonValue
  @Override
  public String toString() {
    return start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
  }
}
