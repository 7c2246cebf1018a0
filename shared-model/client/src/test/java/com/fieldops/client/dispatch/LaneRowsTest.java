package com.fieldops.client.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaneRowsTest {
  @Test
  void jobsThatDoNotOverlapShareOneRow() {
    LaneRows rows = LaneRows.of(List.of(new double[] {0, 100}, new double[] {100, 200}, new double[] {250, 300}));
    assertThat(rows.rows()).isEqualTo(1);
  }

  @Test
  void overlappingJobsStackAndAFreedRowIsUsedAgain() {
    // two jobs cut at the left edge (both from x 0), a third later that fits under the first again
    LaneRows rows = LaneRows.of(List.of(new double[] {0, 80}, new double[] {0, 120}, new double[] {90, 150}));
    assertThat(rows.rows()).isEqualTo(2);
    assertThat(rows.rowOf(0)).isNotEqualTo(rows.rowOf(1));
    assertThat(rows.rowOf(2)).isEqualTo(rows.rowOf(0));
  }

  @Test
  void noLaneHasFewerThanOneRow() {
    assertThat(LaneRows.of(List.of()).rows()).isEqualTo(1);
  }
}
