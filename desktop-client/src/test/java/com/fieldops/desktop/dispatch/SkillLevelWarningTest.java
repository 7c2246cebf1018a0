package com.fieldops.desktop.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.dispatch.AssignmentRequest;
import com.fieldops.client.dispatch.AssignmentWarnings;
import com.fieldops.client.dispatch.TechnicianLane;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.identity.model.WorkingHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dispatcher reads, before assigning, that the technician's level in the job's skill is too low. */
class SkillLevelWarningTest {
  static final ZoneId UTC = ZoneId.of("UTC");
  final TechnicianLane tess = new TechnicianLane(UUID.randomUUID(), "Tess One", "north", List.of("HVAC"), UTC,
      List.of(new WorkingHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(17, 0))), List.of(), List.of(),
      Map.of("HVAC", 2));
  final AssignmentRequest tuesday = new AssignmentRequest(UUID.randomUUID(), "WO-2026-000001", tess.technicianId(),
      "Tess One", Instant.parse("2026-03-10T10:00:00Z"), Instant.parse("2026-03-10T12:00:00Z"));

  @Test
  void aLowerLevelIsWarnedInEnglishAndChinese() {
    assertThat(new AssignmentWarnings(new Messages(Locale.ENGLISH)).warnings(tuesday, tess, "HVAC", 3))
        .containsExactly("Tess One has HVAC 2, the job needs HVAC 3.");
    assertThat(new AssignmentWarnings(new Messages(Locale.SIMPLIFIED_CHINESE)).warnings(tuesday, tess, "HVAC", 3))
        .containsExactly("Tess One 的 HVAC 技能为 2 级，此工单需要 HVAC 3 级。");
  }

  @Test
  void enoughLevelOrNoRequiredLevelIsNoWarning() {
    assertThat(new AssignmentWarnings(new Messages(Locale.ENGLISH)).warnings(tuesday, tess, "HVAC", 2)).isEmpty();
    assertThat(new AssignmentWarnings(new Messages(Locale.ENGLISH)).warnings(tuesday, tess, "HVAC")).isEmpty();
  }
}
