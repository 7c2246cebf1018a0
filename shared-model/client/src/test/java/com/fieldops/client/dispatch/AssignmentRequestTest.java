package com.fieldops.client.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Where a dropped job lands: on the nearest quarter hour. */
class AssignmentRequestTest {
  @Test
  void aDropSnapsToTheNearestQuarterHour() {
    assertThat(AssignmentRequest.snap(Instant.parse("2026-03-10T09:07:29Z"))).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
    assertThat(AssignmentRequest.snap(Instant.parse("2026-03-10T09:07:30Z"))).isEqualTo(Instant.parse("2026-03-10T09:15:00Z"));
    assertThat(AssignmentRequest.snap(Instant.parse("2026-03-10T09:52:40Z"))).isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
  }
}
