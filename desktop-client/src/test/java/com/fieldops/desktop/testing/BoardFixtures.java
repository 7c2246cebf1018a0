package com.fieldops.desktop.testing;

import com.fieldops.identity.model.Absence;
import com.fieldops.identity.model.AbsenceKind;
import com.fieldops.identity.model.Skill;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.WorkingHours;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.view.MilestoneStatus;
import com.fieldops.replica.view.SlaSummary;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.Milestone;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Technicians and work orders for board tests: a Tuesday in Berlin at 09:00. */
public final class BoardFixtures {
  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  public static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  public static final Instant NOW = DAY.atTime(9, 0).atZone(ZONE).toInstant();

  private static final String[] CUSTOMERS = {"Nordwind Logistics", "Bäckerei Sommer", "Stadtwerke Ost",
      "Klinikum Mitte", "Hotel Seeblick", "Müller Maschinenbau", "Café Central", "Lagerhaus Nord"};
  private static final String[] PROBLEMS = {"Chiller not cooling", "Boiler pressure drops", "Door sensor fault",
      "Annual inspection", "Install new heat pump", "Compressor noise", "Leaking valve", "Alarm panel offline"};
  private static final String[] REGIONS = {"North", "South"};
  private static final String[] SKILLS = {"HVAC", "ELECTRICAL", "PLUMBING"};

  private BoardFixtures() {}

  public static List<Technician> technicians() {
    List<WorkingHours> week = new ArrayList<>();
    for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
      week.add(new WorkingHours(d, LocalTime.of(8, 0), LocalTime.of(17, 0)));
    }
    List<WorkingHours> late = new ArrayList<>();
    for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY, DayOfWeek.SATURDAY}) {
      late.add(new WorkingHours(d, LocalTime.of(12, 0), LocalTime.of(20, 0)));
    }
    return List.of(
        tech("Anna Weber", "North", List.of(new Skill("HVAC", 4), new Skill("ELECTRICAL", 2)), week, List.of()),
        tech("Ben Schulz", "North", List.of(new Skill("PLUMBING", 3)), late, List.of()),
        tech("Chen Li", "North", List.of(new Skill("HVAC", 3), new Skill("PLUMBING", 2)), week,
            List.of(new Absence(DAY, DAY.plusDays(2), AbsenceKind.TRAINING))),
        tech("Dora Kovač", "South", List.of(new Skill("ELECTRICAL", 5)), week, List.of()));
  }

  private static Technician tech(String name, String region, List<Skill> skills, List<WorkingHours> hours,
      List<Absence> absences) {
    return new Technician(UUID.nameUUIDFromBytes(name.getBytes()), null, name, null, null, region, skills, null, ZONE,
        hours, absences, true);
  }

  /** {@code n} open jobs; the first few are hand-made so tests know them by label. */
  public static List<WorkOrderRow> workOrders(int n, List<Technician> techs) {
    List<WorkOrderRow> out = new ArrayList<>();
    Technician anna = techs.get(0);
    out.add(row(1, Priority.P1, WorkOrderType.BREAKDOWN, WorkOrderStatus.NEW, "Chiller not cooling", 0, null, null,
        NOW.plus(Duration.ofMinutes(40)), "North", "HVAC"));
    out.add(row(2, Priority.P2, WorkOrderType.REPAIR, WorkOrderStatus.NEW, "Leaking valve", 1, null, null,
        NOW.plus(Duration.ofHours(3)), "North", "PLUMBING"));
    out.add(row(3, Priority.P3, WorkOrderType.INSPECTION, WorkOrderStatus.ASSIGNED, "Annual inspection", 2, anna,
        DAY.atTime(10, 0), NOW.plus(Duration.ofHours(20)), "North", "HVAC"));
    out.add(row(4, Priority.P2, WorkOrderType.REPAIR, WorkOrderStatus.ASSIGNED, "Door sensor fault", 3, anna,
        DAY.atTime(13, 30), NOW.minus(Duration.ofMinutes(25)), "North", "ELECTRICAL"));
    out.add(row(5, Priority.P4, WorkOrderType.PREVENTIVE, WorkOrderStatus.ON_HOLD, "Compressor noise", 4, techs.get(1),
        DAY.atTime(14, 0), NOW.plus(Duration.ofHours(30)), "North", "HVAC"));
    Random rnd = new Random(42);
    for (int i = out.size(); i < n; i++) {
      boolean assigned = rnd.nextInt(3) == 0;
      Technician t = techs.get(rnd.nextInt(techs.size()));
      out.add(row(i + 1, Priority.values()[rnd.nextInt(4)], WorkOrderType.values()[rnd.nextInt(5)],
          assigned ? WorkOrderStatus.ASSIGNED : WorkOrderStatus.NEW, PROBLEMS[rnd.nextInt(PROBLEMS.length)],
          rnd.nextInt(CUSTOMERS.length), assigned ? t : null,
          null, NOW.plus(Duration.ofMinutes(rnd.nextInt(60 * 24 * 5) - 600)),
          REGIONS[rnd.nextInt(2)], SKILLS[rnd.nextInt(3)]));
    }
    return out;
  }

  static WorkOrderRow row(int n, Priority p, WorkOrderType type, WorkOrderStatus status, String summary, int customer,
      Technician assignee, java.time.LocalDateTime start, Instant due, String region, String skill) {
    Instant s = start == null ? null : start.atZone(ZONE).toInstant();
    return new WorkOrderRow(UUID.nameUUIDFromBytes(("wo" + n).getBytes()), String.format("WO-2026-%06d", n), false,
        type, p, status, summary, UUID.nameUUIDFromBytes(CUSTOMERS[customer].getBytes()), CUSTOMERS[customer],
        UUID.nameUUIDFromBytes(("site" + customer).getBytes()), "Main site", "Berlin", ZONE,
        assignee == null ? null : assignee.id(), assignee == null ? null : assignee.name(), region, skill,
        s, s == null ? null : s.plus(Duration.ofHours(2)), due, NOW.minus(Duration.ofHours(1)), 1, false,
        sla(status, NOW.minus(Duration.ofHours(1)), due));
  }

  /** The response clock due at {@code due}, warning at 75 % of the time from creation; paused while on hold. */
  static SlaSummary sla(WorkOrderStatus status, Instant created, Instant due) {
    boolean paused = status == WorkOrderStatus.ON_HOLD;
    Instant warning = created.plusMillis((long) (Duration.between(created, due).toMillis() * 0.75));
    MilestoneStatus response = new MilestoneStatus(Milestone.RESPONSE, paused ? ClockState.PAUSED
        : !NOW.isBefore(due) ? ClockState.BREACHED : ClockState.RUNNING, null, null, paused ? null : due,
        paused || !created.isBefore(due) ? null : warning, null, Duration.between(NOW, due));
    return new SlaSummary(UUID.nameUUIDFromBytes("policy".getBytes()), "Gold 24x7", NOW, List.of(response));
  }
}
