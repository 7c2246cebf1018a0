package com.fieldops.workorder.workflow;

import com.fieldops.identity.model.Absence;
import com.fieldops.identity.model.Skill;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What to tell a dispatcher before giving a job to a technician for a time: an overlap with
 * another of their jobs, a missing required skill, a time outside their working hours or during an
 * absence. These are warnings, not rules: the dispatcher may assign anyway. Pure (no clock, no I/O),
 * so the console, the phone app and the server warn alike; each caller words the warnings in its
 * own language.
 */
public final class AssignmentCheck {
  private AssignmentCheck() {}

  /**
   * Whether {@code technician} may be given a job of {@code workOrderRegion}: a region's jobs go to
   * that region's technicians only (an office plans and sees its own region; a job handed across
   * would leave the office that answers for it). A rule, not a warning: the server refuses it and
   * the console and phone replicas refuse it locally the same way.
   */
  public static boolean mayAssign(String workOrderRegion, Technician technician) {
    return technician != null && workOrderRegion != null && workOrderRegion.equals(technician.region());
  }

  /** A job already on the technician's schedule. */
  public record ScheduledJob(UUID workOrderId, String label, Instant start, Instant end) {}

  /**
   * The technician as the check needs them: skill codes, the zone their hours are in, weekly
   * working hours (empty = never on duty), absences and the level (1-5) in each skill (a skill
   * without a known level is not checked for level).
   */
  public record Availability(Set<String> skills, ZoneId zone, List<WorkingHours> weeklyHours, List<Absence> absences,
      Map<String, Integer> levels) {
    public Availability {
      skills = Set.copyOf(skills);
      zone = zone == null ? ZoneOffset.UTC : zone;
      weeklyHours = List.copyOf(weeklyHours);
      absences = List.copyOf(absences);
      levels = levels == null ? Map.of() : Map.copyOf(levels);
    }

    /** Skills without levels. */
    public Availability(Set<String> skills, ZoneId zone, List<WorkingHours> weeklyHours, List<Absence> absences) {
      this(skills, zone, weeklyHours, absences, Map.of());
    }

    /** From the technician record; {@code fallbackHours} when the record has none (e.g. office hours). */
    public static Availability of(Technician t, List<WorkingHours> fallbackHours) {
      return new Availability(t.skills().stream().map(Skill::code).collect(Collectors.toSet()), t.timeZone(),
          t.weeklyHours().isEmpty() ? fallbackHours : t.weeklyHours(), t.absences(),
          t.skills().stream().filter(Objects::nonNull)
              .collect(Collectors.toMap(Skill::code, Skill::level, Math::max)));
    }

    public List<WorkingHours> hoursOn(LocalDate day) {
      return weeklyHours.stream().filter(h -> h.day() == day.getDayOfWeek()).toList();
    }

    public Absence absenceOn(LocalDate day) {
      return absences.stream().filter(a -> a.covers(day)).findFirst().orElse(null);
    }
  }

  /** One reason to think twice, in the order: overlaps, skill, absence or hours. */
  public sealed interface Warning permits Overlap, MissingSkill, SkillLevelTooLow, Absent, OffDuty {}

  /** The new time overlaps {@code job}. */
  public record Overlap(ScheduledJob job) implements Warning {}

  /** The technician lacks {@code skill}. */
  public record MissingSkill(String skill) implements Warning {}

  /** The technician has {@code skill} at level {@code has}, the job needs {@code needs}. */
  public record SkillLevelTooLow(String skill, int has, int needs) implements Warning {}

  /** The technician is away that day. */
  public record Absent(Absence absence) implements Warning {}

  /** The time is outside the technician's working hours of that day ({@code hours}, maybe none). */
  public record OffDuty(LocalDate day, List<WorkingHours> hours) implements Warning {}

  /**
   * The warnings for scheduling {@code workOrderId} from {@code start} to {@code end} on a technician
   * with {@code availability} and the {@code scheduled} jobs (the job itself among them is ignored).
   */
  public static List<Warning> check(UUID workOrderId, Instant start, Instant end, String requiredSkill,
      Availability availability, Collection<ScheduledJob> scheduled) {
    return check(workOrderId, start, end, requiredSkill, null, availability, scheduled);
  }

  /**
   * As above, and with {@code requiredLevel} (1-5, null = any) a technician who has the skill at a
   * lower level gets {@link SkillLevelTooLow}.
   */
  public static List<Warning> check(UUID workOrderId, Instant start, Instant end, String requiredSkill,
      Integer requiredLevel, Availability availability, Collection<ScheduledJob> scheduled) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    List<Warning> out = new ArrayList<>();
    for (ScheduledJob job : scheduled) {
      if (job.workOrderId().equals(workOrderId) || job.start() == null || job.end() == null) {
        continue;
      }
      if (job.start().isBefore(end) && start.isBefore(job.end())) {
        out.add(new Overlap(job));
      }
    }
    if (requiredSkill != null && !requiredSkill.isBlank() && !availability.skills().contains(requiredSkill.strip())) {
      out.add(new MissingSkill(requiredSkill.strip()));
    } else if (requiredSkill != null && !requiredSkill.isBlank() && requiredLevel != null) {
      Integer has = availability.levels().get(requiredSkill.strip());
      if (has != null && has < requiredLevel) {
        out.add(new SkillLevelTooLow(requiredSkill.strip(), has, requiredLevel));
      }
    }
    ZonedDateTime from = start.atZone(availability.zone());
    ZonedDateTime to = end.atZone(availability.zone());
    LocalDate day = from.toLocalDate();
    Absence absence = availability.absenceOn(day);
    if (absence != null) {
      out.add(new Absent(absence));
    } else if (!withinHours(availability.hoursOn(day), from, to)) {
      out.add(new OffDuty(day, availability.hoursOn(day)));
    }
    return out;
  }

  private static boolean withinHours(List<WorkingHours> shifts, ZonedDateTime start, ZonedDateTime end) {
    if (!start.toLocalDate().equals(end.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return false;
    }
    LocalTime s = start.toLocalTime();
    LocalTime e = end.toLocalDate().equals(start.toLocalDate()) ? end.toLocalTime() : LocalTime.MAX;
    for (WorkingHours h : shifts) {
      if (!s.isBefore(h.start()) && !e.isAfter(h.end())) {
        return true;
      }
    }
    return false;
  }
}
