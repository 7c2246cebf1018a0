package com.fieldops.sla;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** Calendars, policies and a tiny timeline notation shared by the SLA tests. */
final class SlaFixtures {
  private SlaFixtures() {
  }

  static final UUID POLICY_ID = UUID.fromString("01900000-0000-7000-8000-0000000000aa");

  /** Named calendars used in the tables. */
  static BusinessCalendar calendar(String name) {
    return switch (name) {
      case "office-berlin" -> BusinessCalendar.weekdays("Europe/Berlin", "08:00-18:00");
      case "office-berlin-easter" -> BusinessCalendar.weekdays("Europe/Berlin", "08:00-18:00")
          .withHolidays(LocalDate.parse("2026-04-06"));
      case "split-berlin" -> BusinessCalendar.weekdays("Europe/Berlin", "08:00-12:00", "13:00-17:00");
      case "night-berlin" -> {
        BusinessCalendar c = BusinessCalendar.weekdays("Europe/Berlin", "01:00-05:00");
        yield c.withHours(DayOfWeek.SATURDAY, "01:00-05:00").withHours(DayOfWeek.SUNDAY, "01:00-05:00");
      }
      case "24x7-berlin" -> BusinessCalendar.twentyFourSeven("Europe/Berlin");
      case "office-ny" -> BusinessCalendar.weekdays("America/New_York", "09:00-17:00");
      case "24x7-ny" -> BusinessCalendar.twentyFourSeven("America/New_York");
      case "office-shanghai" -> BusinessCalendar.weekdays("Asia/Shanghai", "09:00-18:00")
          .withHolidays(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"));
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** "P3=960,P2=480" → the same target for every milestone at each priority. */
  static SlaPolicy policy(BusinessCalendar calendar, String targets) {
    Map<Priority, SlaTargets> map = new EnumMap<>(Priority.class);
    for (String part : targets.split(",")) {
      String[] kv = part.trim().split("=");
      long minutes = Long.parseLong(kv[1].trim());
      map.put(Priority.valueOf(kv[0].trim()), SlaTargets.of(minutes, minutes, minutes));
    }
    return SlaPolicy.of(POLICY_ID, "test", map, calendar);
  }

  static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /**
   * "2026-05-12T16:30+02:00 ON_SITE; 2026-05-12T17:00+02:00 ON_HOLD/WAITING_FOR_PARTS;
   * 2026-05-13T09:00+02:00 P1" (a bare priority is a priority change); "-" for none.
   */
  static SlaTimeline timeline(String created, Priority priority, String events) {
    SlaTimeline t = SlaTimeline.created(at(created), priority);
    if (events == null || events.isBlank() || events.trim().equals("-")) {
      return t;
    }
    for (String event : events.split(";")) {
      String[] parts = event.trim().split("\\s+");
      Instant when = at(parts[0]);
      String what = parts[1];
      if (what.matches("P[1-4]")) {
        t = t.priority(when, Priority.valueOf(what));
      } else if (what.startsWith("ON_HOLD")) {
        String[] hold = what.split("/");
        t = t.hold(when, hold.length > 1 ? OnHoldReason.valueOf(hold[1]) : null);
      } else {
        t = t.status(when, WorkOrderStatus.valueOf(what));
      }
    }
    return t;
  }
}
