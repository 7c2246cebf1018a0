package com.fieldops.sla;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When the clocks of a policy run: an IANA zone, opening hours per weekday (one or more intervals
 * per day, for split shifts) or around the clock, and holiday dates.
 *
 * <p>Everything is in the calendar's own zone, never the JVM's: a holiday on 1 October in
 * Asia/Shanghai closes 1 October Shanghai time, whatever zone the server runs in. Holidays close
 * the whole local day, also on a 24x7 calendar.
 */
@ValidBusinessCalendar
public record BusinessCalendar(
    @NotBlank(message = "{com.fieldops.sla.calendar.zone.required}") String zone,
    boolean alwaysOpen,
    Map<DayOfWeek, List<OpeningInterval>> weeklyHours,
    Set<LocalDate> holidays) {

  public BusinessCalendar {
    weeklyHours = copyHours(weeklyHours);
    holidays = holidays == null
        ? Set.of()
        : Collections.unmodifiableSet(new TreeSet<>(holidays.stream()
            .filter(Objects::nonNull).toList()));
  }

  /** Open around the clock every day of the year (holidays none). */
  public static BusinessCalendar twentyFourSeven(String zone) {
    return new BusinessCalendar(zone, true, Map.of(), Set.of());
  }

  /** The same intervals Monday to Friday, closed at the weekend. */
  public static BusinessCalendar weekdays(String zone, String... intervals) {
    List<OpeningInterval> day = Arrays.stream(intervals).map(OpeningInterval::parse).toList();
    Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
        hours.put(d, day);
      }
    }
    return new BusinessCalendar(zone, false, hours, Set.of());
  }

  public static BusinessCalendar weekly(String zone, Map<DayOfWeek, List<OpeningInterval>> hours,
      Set<LocalDate> holidays) {
    return new BusinessCalendar(zone, false, hours, holidays);
  }

  public BusinessCalendar withHolidays(LocalDate... dates) {
    Set<LocalDate> all = new TreeSet<>(holidays);
    all.addAll(List.of(dates));
    return new BusinessCalendar(zone, alwaysOpen, weeklyHours, all);
  }

  public BusinessCalendar withHours(DayOfWeek day, String... intervals) {
    Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
    hours.putAll(weeklyHours);
    hours.put(day, Arrays.stream(intervals).map(OpeningInterval::parse).toList());
    return new BusinessCalendar(zone, alwaysOpen, hours, holidays);
  }

  /** The zone; throws {@link java.time.DateTimeException} for an unknown zone (validate first). */
  public ZoneId zoneId() {
    return ZoneId.of(zone);
  }

  /** Intervals of a weekday as configured (24x7 gives one whole-day interval). */
  public List<OpeningInterval> hoursOn(DayOfWeek day) {
    if (alwaysOpen) {
      return List.of(OpeningInterval.parse("00:00-24:00"));
    }
    return weeklyHours.getOrDefault(day, List.of());
  }

  /** Whether any weekday has any (non-empty) opening interval. */
  @JsonIgnore
  public boolean hasOpeningHours() {
    return alwaysOpen || weeklyHours.values().stream().flatMap(List::stream)
        .anyMatch(i -> !i.isEmpty());
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.contains(date);
  }

  private static Map<DayOfWeek, List<OpeningInterval>> copyHours(
      Map<DayOfWeek, List<OpeningInterval>> hours) {
    Map<DayOfWeek, List<OpeningInterval>> copy = new EnumMap<>(DayOfWeek.class);
    if (hours != null) {
      hours.forEach((day, intervals) -> {
        if (day != null) {
          // keep null entries out but keep the order given, so a message can point at an index
          List<OpeningInterval> list = new ArrayList<>();
          if (intervals != null) {
            intervals.stream().filter(Objects::nonNull).forEach(list::add);
          }
          copy.put(day, Collections.unmodifiableList(list));
        }
      });
    }
    return Collections.unmodifiableMap(copy);
  }
}
