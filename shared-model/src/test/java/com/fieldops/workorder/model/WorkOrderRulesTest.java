package com.fieldops.workorder.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rules the replica's SQL and the console used to write down a second time. */
class WorkOrderRulesTest {
  @Test
  void finishedIsExactlyNotOpen() {
    for (WorkOrderStatus s : WorkOrderStatus.values()) {
      assertThat(WorkOrderStatus.finished().contains(s)).as(s.name()).isEqualTo(!s.isOpen());
      assertThat(WorkOrderStatus.isFinished(s.name())).as(s.name()).isEqualTo(!s.isOpen());
    }
    assertThat(WorkOrderStatus.isFinished("")).isFalse();
    assertThat(WorkOrderStatus.isFinished(null)).isFalse();
  }

  @Test
  void aJobWithoutAWindowIsPlannedForTwoHours() {
    Instant start = Instant.parse("2026-03-02T08:00:00Z");
    assertThat(WorkOrder.plannedLength(null, null)).isEqualTo(Duration.ofHours(2));
    assertThat(WorkOrder.plannedLength(start, start.plus(Duration.ofMinutes(45)))).isEqualTo(Duration.ofMinutes(45));
  }
}
