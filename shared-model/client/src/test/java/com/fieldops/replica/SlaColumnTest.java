package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.workorder.model.Priority;
import com.fieldops.replica.store.SlaColumn;
import com.fieldops.replica.view.MilestoneStatus;
import com.fieldops.replica.view.SlaSummary;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one-line form of a work order's clocks that lists read for every open work order. */
class SlaColumnTest {
  @Test
  void aSummaryComesBackEqualWithNullsAndAnyPolicyName() {
    Instant t = Instant.parse("2026-11-20T08:00:00Z");
    SlaSummary s = new SlaSummary(UUID.randomUUID(), "Gold; 24x7, premium", t, List.of(
        new MilestoneStatus(Milestone.RESPONSE, ClockState.MET, Priority.P1, 60L, t.plusSeconds(3600), null,
            t.plusSeconds(600), Duration.ofMinutes(50)),
        new MilestoneStatus(Milestone.ONSITE, ClockState.PAUSED, Priority.P1, 240L, null, null, null,
            Duration.ofMinutes(-5)),
        new MilestoneStatus(Milestone.RESOLUTION, ClockState.NOT_APPLICABLE, null, null, null, null, null, null)));

    assertThat(SlaColumn.decode(SlaColumn.encode(s))).isEqualTo(s);
  }

  @Test
  void anUnreadableLineIsNoClocksNotAFailure() {
    assertThat(SlaColumn.decode(null)).isNull();
    assertThat(SlaColumn.decode("{\"policyId\":\"x\"}")).isNull();
    assertThat(SlaColumn.decode("S1;not-a-uuid;0;0;Gold")).isNull();
  }
}
