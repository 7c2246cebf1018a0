package com.fieldops.client.dispatch;

import com.fieldops.identity.model.Absence;
import com.fieldops.identity.model.WorkingHours;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One row of the timeline: a technician with their skills, weekly hours, absences and the jobs
 * scheduled in the shown range.
 */
public record TechnicianLane(UUID technicianId, String name, String region, List<String> skills,
    ZoneId zone, List<WorkingHours> weeklyHours, List<Absence> absences, List<WorkOrderRow> jobs,
    Map<String, Integer> skillLevels) {

  public TechnicianLane {
    skills = List.copyOf(skills);
    weeklyHours = List.copyOf(weeklyHours);
    absences = List.copyOf(absences);
    jobs = List.copyOf(jobs);
    skillLevels = skillLevels == null ? Map.of() : Map.copyOf(skillLevels);
  }

  /** A lane whose skills' levels are not known (no level warnings). */
  public TechnicianLane(UUID technicianId, String name, String region, List<String> skills, ZoneId zone,
      List<WorkingHours> weeklyHours, List<Absence> absences, List<WorkOrderRow> jobs) {
    this(technicianId, name, region, skills, zone, weeklyHours, absences, jobs, Map.of());
  }

  /** Office hours Monday to Friday, 08:00–17:00: used while the replica does not carry a technician's hours. */
  public static List<WorkingHours> defaultHours() {
    List<WorkingHours> hours = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
        hours.add(new WorkingHours(d, LocalTime.of(8, 0), LocalTime.of(17, 0)));
      }
    }
    return hours;
  }

  public List<WorkingHours> hoursOn(LocalDate day) {
    return weeklyHours.stream().filter(h -> h.day() == day.getDayOfWeek()).toList();
  }

  public Absence absenceOn(LocalDate day) {
    return absences.stream().filter(a -> a.covers(day)).findFirst().orElse(null);
  }

  public TechnicianLane withJobs(List<WorkOrderRow> newJobs) {
    return new TechnicianLane(technicianId, name, region, skills, zone, weeklyHours, absences, newJobs, skillLevels);
  }
}
