package com.fieldops.workorder.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.identity.model.Absence;
import com.fieldops.identity.model.AbsenceKind;
import com.fieldops.identity.model.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The warnings a dispatcher hears before assigning: overlap, missing skill, absence, off duty. */
class AssignmentCheckTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
  static final UUID JOB = UUID.fromString("01900000-0000-7000-8000-000000000001");
  static final UUID OTHER = UUID.fromString("01900000-0000-7000-8000-000000000002");

  static Instant at(int hour, int minute) {
    return TUESDAY.atTime(hour, minute).atZone(BERLIN).toInstant();
  }

  static AssignmentCheck.Availability anna(List<Absence> absences) {
    return new AssignmentCheck.Availability(Set.of("HVAC", "ELECTRICAL"), BERLIN,
        List.of(new WorkingHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))), absences);
  }

  @Test
  void aFittingSlotGivesNoWarning() {
    assertThat(AssignmentCheck.check(JOB, at(10, 0), at(12, 0), "HVAC", anna(List.of()), List.of())).isEmpty();
  }

  @Test
  void anOverlapNamesTheOtherJobButTheJobItselfDoesNotOverlap() {
    List<AssignmentCheck.ScheduledJob> jobs = List.of(
        new AssignmentCheck.ScheduledJob(OTHER, "WO-2026-000003", at(11, 0), at(13, 0)),
        new AssignmentCheck.ScheduledJob(JOB, "WO-2026-000002", at(10, 0), at(12, 0)));

    List<AssignmentCheck.Warning> warnings = AssignmentCheck.check(JOB, at(10, 0), at(12, 0), null, anna(List.of()), jobs);

    assertThat(warnings).singleElement().isInstanceOfSatisfying(AssignmentCheck.Overlap.class,
        o -> assertThat(o.job().label()).isEqualTo("WO-2026-000003"));
  }

  @Test
  void backToBackJobsDoNotOverlap() {
    List<AssignmentCheck.ScheduledJob> jobs = List.of(
        new AssignmentCheck.ScheduledJob(OTHER, "WO-2026-000003", at(8, 0), at(10, 0)));

    assertThat(AssignmentCheck.check(JOB, at(10, 0), at(12, 0), null, anna(List.of()), jobs)).isEmpty();
  }

  @Test
  void aMissingSkillIsNamed() {
    assertThat(AssignmentCheck.check(JOB, at(10, 0), at(12, 0), "PLUMBING", anna(List.of()), List.of()))
        .containsExactly(new AssignmentCheck.MissingSkill("PLUMBING"));
  }

  @Test
  void outsideWorkingHoursInTheTechniciansZoneIsOffDuty() {
    List<AssignmentCheck.Warning> warnings = AssignmentCheck.check(JOB, at(16, 0), at(18, 0), null, anna(List.of()),
        List.of());

    assertThat(warnings).singleElement().isInstanceOfSatisfying(AssignmentCheck.OffDuty.class,
        o -> assertThat(o.hours()).extracting(WorkingHours::end).containsExactly(LocalTime.of(17, 0)));
  }

  @Test
  void anAbsenceThatDayIsSaidInsteadOfTheHours() {
    Absence training = new Absence(TUESDAY, TUESDAY.plusDays(1), AbsenceKind.TRAINING);

    assertThat(AssignmentCheck.check(JOB, at(20, 0), at(21, 0), null, anna(List.of(training)), List.of()))
        .containsExactly(new AssignmentCheck.Absent(training));
  }
}
