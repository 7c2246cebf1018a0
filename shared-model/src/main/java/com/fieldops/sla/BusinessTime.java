package com.fieldops.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Business-time arithmetic on one {@link BusinessCalendar}: how much opening time lies between two
 * instants, and when a given amount of opening time has passed.
 *
 * <p>Works a day at a time in the calendar's zone (O(days), never O(minutes)). Opening hours are
 * local wall-clock times, so on a DST day an interval covering the switch is an hour shorter or
 * longer in real time. Only instants that exist count: a local start or end inside the
 * spring-forward gap is the end of the gap (the first real instant after it), so 01:00-02:30 in
 * Berlin on 29 March counts the 60 real minutes 01:00-03:00 and 02:30-05:00 opens at 03:00; in the
 * autumn overlap a local time means its earlier offset, and every real minute between the two
 * instants counts once. Holidays close the whole local day.
 *
 * <p>Every search is bounded by {@link #MAX_LOOKAHEAD_DAYS}: a calendar with no opening hours, too
 * few to reach the amount in that window, or a span longer than it (an absurd stored instant, e.g.
 * year -200000000) raises {@link SlaCalendarException} at once instead of looping for hours.
 */
public final class BusinessTime {

  /** Twenty years of days: far beyond any valid target (at most a year of minutes). */
  public static final int MAX_LOOKAHEAD_DAYS = 7_305;

  private final BusinessCalendar calendar;
  private final ZoneId zone;
  private final Map<DayOfWeek, int[][]> secondsByDay = new EnumMap<>(DayOfWeek.class);
  private final boolean hasHours;

  private BusinessTime(BusinessCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zoneId();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<OpeningInterval> intervals = new ArrayList<>(calendar.hoursOn(day).stream()
          .filter(i -> !i.isEmpty()).toList());
      intervals.sort(Comparator.comparingInt(OpeningInterval::startSecond));
      secondsByDay.put(day, merge(intervals));
    }
    this.hasHours = secondsByDay.values().stream().anyMatch(a -> a.length > 0);
  }

  public static BusinessTime of(BusinessCalendar calendar) {
    return new BusinessTime(calendar);
  }

  public ZoneId zone() {
    return zone;
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  /** Opening time within {@code [from, to)}; zero when {@code to} is not after {@code from}. */
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    long seconds = 0;
    long nanos = 0;
    LocalDate first = localDate(from);
    LocalDate last = localDate(to);
    if (ChronoUnit.DAYS.between(first, last) > MAX_LOOKAHEAD_DAYS) {
      throw new SlaCalendarException("com.fieldops.sla.calendar.spanTooLong", calendar.zone(), from, to,
          MAX_LOOKAHEAD_DAYS);
    }
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      for (Instant[] open : openOn(d)) {
        Instant s = max(open[0], from);
        Instant e = min(open[1], to);
        if (e.isAfter(s)) {
          Duration part = Duration.between(s, e);
          seconds += part.getSeconds();
          nanos += part.getNano();
        }
      }
    }
    return Duration.ofSeconds(seconds, nanos);
  }

  /**
   * The earliest instant at which {@code amount} of opening time has passed since {@code from}.
   * If the amount runs out exactly at a closing time, that closing time is the answer (not the
   * next opening). A zero amount gives {@code from}.
   *
   * @throws SlaCalendarException if the calendar has no opening hours, or cannot supply the
   *     amount within {@link #MAX_LOOKAHEAD_DAYS}
   */
  public Instant plus(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    if (amount.isZero()) {
      return from;
    }
    if (!hasHours) {
      throw new SlaCalendarException("com.fieldops.sla.calendar.noOpeningHours",
          calendar.zone());
    }
    Duration remaining = amount;
    LocalDate first = localDate(from);
    for (int i = 0; i <= MAX_LOOKAHEAD_DAYS; i++) {
      for (Instant[] open : openOn(first.plusDays(i))) {
        if (!open[1].isAfter(from)) {
          continue;
        }
        Instant s = max(open[0], from);
        Duration available = Duration.between(s, open[1]);
        if (available.compareTo(remaining) >= 0) {
          return s.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw new SlaCalendarException("com.fieldops.sla.calendar.beyondLookahead",
        calendar.zone(), MAX_LOOKAHEAD_DAYS);
  }

  /** Whether the calendar is open at that instant (closing instants are not open). */
  public boolean isOpen(Instant at) {
    for (Instant[] open : openOn(localDate(at))) {
      if (!at.isBefore(open[0]) && at.isBefore(open[1])) {
        return true;
      }
    }
    return false;
  }

  /** The opening intervals of a local date as instants, in order; none on a holiday. */
  List<Instant[]> openOn(LocalDate date) {
    if (calendar.isHoliday(date)) {
      return List.of();
    }
    int[][] day = secondsByDay.get(date.getDayOfWeek());
    List<Instant[]> result = new ArrayList<>(day.length);
    for (int[] interval : day) {
      Instant s = at(date, interval[0]);
      Instant e = at(date, interval[1]);
      if (e.isAfter(s)) {
        result.add(new Instant[] {s, e});
      }
    }
    return result;
  }

  private Instant at(LocalDate date, int secondOfDay) {
    if (secondOfDay == 0) {
      return date.atStartOfDay(zone).toInstant();
    }
    if (secondOfDay >= 86_400) {
      return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
    LocalDateTime local = LocalDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay));
    ZoneRules rules = zone.getRules();
    if (rules.getValidOffsets(local).isEmpty()) {
      // inside the spring-forward gap: this wall-clock time never happens; the first real
      // instant after it is the end of the gap (not "the same time one hour later")
      return rules.getTransition(local).getInstant();
    }
    return ZonedDateTime.ofLocal(local, zone, null).toInstant();
  }

  /** The local date of an instant; an instant outside the supported years cannot be computed. */
  private LocalDate localDate(Instant instant) {
    try {
      return instant.atZone(zone).toLocalDate();
    } catch (DateTimeException e) {
      throw new SlaCalendarException("com.fieldops.sla.calendar.spanTooLong", calendar.zone(), instant,
          instant, MAX_LOOKAHEAD_DAYS);
    }
  }

  /** Merges touching or overlapping intervals (validation rejects overlaps; be robust anyway). */
  private static int[][] merge(List<OpeningInterval> sorted) {
    List<int[]> merged = new ArrayList<>();
    for (OpeningInterval i : sorted) {
      int s = i.startSecond();
      int e = i.endSecond();
      if (!merged.isEmpty() && s <= merged.get(merged.size() - 1)[1]) {
        int[] lastInterval = merged.get(merged.size() - 1);
        lastInterval[1] = Math.max(lastInterval[1], e);
      } else {
        merged.add(new int[] {s, e});
      }
    }
    return merged.toArray(new int[0][]);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
