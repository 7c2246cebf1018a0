package com.fieldops.demo;

import static com.fieldops.sla.EscalationAction.NotifyTarget.ASSIGNEE;
import static com.fieldops.sla.EscalationAction.NotifyTarget.CUSTOMER_CONTACT;
import static com.fieldops.sla.EscalationAction.NotifyTarget.DISPATCHER;
import static com.fieldops.sla.EscalationAction.NotifyTarget.SUPERVISOR;

import com.fieldops.workorder.model.Priority;
import com.fieldops.sla.BusinessCalendar;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationRule;
import com.fieldops.sla.EscalationTrigger;
import com.fieldops.sla.Milestone;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.SlaTargets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's SLA policies, with fixed well-known ids so contracts, the server and tests can name
 * them: Gold 24x7 (P1: response 60 min, on site 4 h, resolution 8 h) and Standard on business
 * hours with public holidays, in a Berlin, a US-East and a Shanghai variant.
 */
public final class DemoSlaPolicies {
  public static final UUID GOLD_24X7 = UUID.fromString("01890000-0000-7000-8000-00000000a001");
  public static final UUID STANDARD = UUID.fromString("01890000-0000-7000-8000-00000000a002");
  public static final UUID STANDARD_US = UUID.fromString("01890000-0000-7000-8000-00000000a003");
  public static final UUID STANDARD_CHINA = UUID.fromString("01890000-0000-7000-8000-00000000a004");

  private DemoSlaPolicies() {}

  /** All demo policies; holidays cover the year before, of and after {@code around}. */
  public static List<SlaPolicy> all(LocalDate around) {
    List<Integer> years = List.of(around.getYear() - 1, around.getYear(), around.getYear() + 1);
    return List.of(gold(), standard(STANDARD, "Standard", "Europe/Berlin", germanHolidays(years)),
        standard(STANDARD_US, "Standard (US)", "America/New_York", usHolidays(years)),
        standard(STANDARD_CHINA, "Standard (China)", "Asia/Shanghai", chineseHolidays(years)));
  }

  /** The policy a region's customers get unless they pay for Gold. */
  static UUID standardFor(DemoRegion region) {
    return switch (region) {
      case US_EAST, US_WEST -> STANDARD_US;
      case CN_EAST -> STANDARD_CHINA;
      default -> STANDARD;
    };
  }

  static SlaPolicy gold() {
    Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
    targets.put(Priority.P1, SlaTargets.of(60L, 240L, 480L));
    targets.put(Priority.P2, SlaTargets.of(120L, 480L, 1440L));
    targets.put(Priority.P3, SlaTargets.of(240L, 1440L, 2880L));
    targets.put(Priority.P4, SlaTargets.of(480L, 2880L, 5760L));
    return SlaPolicy.of(GOLD_24X7, "Gold 24x7", targets, BusinessCalendar.twentyFourSeven("UTC"))
        .withEscalationRules(
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.warning(0.5), EscalationAction.notify(DISPATCHER)),
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR),
                EscalationAction.flagForReassignment()),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.warning(0.75), EscalationAction.notify(ASSIGNEE)),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR),
                EscalationAction.notify(CUSTOMER_CONTACT)),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR)),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.breachPlus(60), EscalationAction.raisePriority()));
  }

  /** Business hours Monday to Friday 08:00-18:00 in {@code zone}, closed on public holidays. */
  static SlaPolicy standard(UUID id, String name, String zone, List<LocalDate> holidays) {
    Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
    targets.put(Priority.P1, SlaTargets.of(120L, 480L, 1200L));
    targets.put(Priority.P2, SlaTargets.of(240L, 1200L, 2400L));
    targets.put(Priority.P3, SlaTargets.of(600L, 2400L, 4800L));
    targets.put(Priority.P4, SlaTargets.of(1200L, 4800L, 9600L));
    BusinessCalendar calendar = BusinessCalendar.weekdays(zone, "08:00-18:00")
        .withHolidays(holidays.toArray(LocalDate[]::new));
    return SlaPolicy.of(id, name, targets, calendar)
        .withEscalationRules(
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.warning(0.75), EscalationAction.notify(DISPATCHER)),
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR)),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR),
                EscalationAction.notify(CUSTOMER_CONTACT)));
  }

  static List<LocalDate> germanHolidays(List<Integer> years) {
    List<LocalDate> days = new ArrayList<>();
    for (int y : years) {
      LocalDate easter = easterSunday(y);
      days.addAll(List.of(LocalDate.of(y, 1, 1), easter.minusDays(2), easter.plusDays(1), LocalDate.of(y, 5, 1),
          easter.plusDays(39), easter.plusDays(50), LocalDate.of(y, 10, 3), LocalDate.of(y, 12, 25),
          LocalDate.of(y, 12, 26)));
    }
    return days;
  }

  static List<LocalDate> usHolidays(List<Integer> years) {
    List<LocalDate> days = new ArrayList<>();
    for (int y : years) {
      days.addAll(List.of(LocalDate.of(y, 1, 1), nth(y, Month.JANUARY, DayOfWeek.MONDAY, 3),
          nth(y, Month.FEBRUARY, DayOfWeek.MONDAY, 3),
          LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), LocalDate.of(y, 6, 19),
          LocalDate.of(y, 7, 4), nth(y, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), LocalDate.of(y, 11, 11),
          nth(y, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), LocalDate.of(y, 12, 25)));
    }
    return days;
  }

  /**
   * New Year, Spring Festival (7 days, from a table: it follows the lunar calendar), Qingming,
   * Labour Day (5 days) and National Day (7 days). China's swapped working weekends are left out.
   */
  static List<LocalDate> chineseHolidays(List<Integer> years) {
    Map<Integer, LocalDate> springFestival = Map.of(2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29),
        2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26),
        2029, LocalDate.of(2029, 2, 13), 2030, LocalDate.of(2030, 2, 3));
    List<LocalDate> days = new ArrayList<>();
    for (int y : years) {
      days.add(LocalDate.of(y, 1, 1));
      LocalDate festival = springFestival.get(y);
      if (festival != null) {
        for (int i = -1; i < 6; i++) {
          days.add(festival.plusDays(i));
        }
      }
      days.add(LocalDate.of(y, 4, 4));
      for (int i = 1; i <= 5; i++) {
        days.add(LocalDate.of(y, 5, i));
      }
      for (int i = 1; i <= 7; i++) {
        days.add(LocalDate.of(y, 10, i));
      }
    }
    return days;
  }

  private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
  }
}
