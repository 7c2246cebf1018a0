package com.fieldops.workorder.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.identity.model.Skill;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A job that needs a skill level warns when the technician's level in that skill is lower. */
class SkillLevelCheckTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
  static final UUID JOB = UUID.fromString("01900000-0000-7000-8000-000000000001");

  static Instant at(int hour) {
    return TUESDAY.atTime(hour, 0).atZone(BERLIN).toInstant();
  }

  static AssignmentCheck.Availability hvac(int level) {
    Technician t = new Technician(UUID.randomUUID(), null, "Anna", null, null, "north",
        List.of(new Skill("HVAC", level), new Skill("ELECTRICAL", 5)), null, BERLIN,
        List.of(new WorkingHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))), List.of(), true);
    return AssignmentCheck.Availability.of(t, List.of());
  }

  @Test
  void aLowerLevelWarnsWithWhatTheTechnicianHasAndWhatTheJobNeeds() {
    assertThat(AssignmentCheck.check(JOB, at(10), at(12), "HVAC", 3, hvac(2), List.of()))
        .containsExactly(new AssignmentCheck.SkillLevelTooLow("HVAC", 2, 3));
  }

  @Test
  void theSameOrAHigherLevelOrNoRequiredLevelGivesNoWarning() {
    assertThat(AssignmentCheck.check(JOB, at(10), at(12), "HVAC", 3, hvac(3), List.of())).isEmpty();
    assertThat(AssignmentCheck.check(JOB, at(10), at(12), "HVAC", 3, hvac(5), List.of())).isEmpty();
    assertThat(AssignmentCheck.check(JOB, at(10), at(12), "HVAC", null, hvac(1), List.of())).isEmpty();
  }

  @Test
  void aMissingSkillIsStillMissingNotTooLow() {
    assertThat(AssignmentCheck.check(JOB, at(10), at(12), "PLUMBING", 2, hvac(5), List.of()))
        .containsExactly(new AssignmentCheck.MissingSkill("PLUMBING"));
  }
}
