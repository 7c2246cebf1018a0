package com.fieldops.client.today;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OfficeChangesTest {
  private final UUID id = UUID.randomUUID();
  private final Instant nine = Instant.parse("2026-12-05T09:00:00Z");

  private WorkOrderRow row(UUID id, WorkOrderStatus status, Instant start, Priority priority) {
    return new WorkOrderRow(id, "WO-1", false, WorkOrderType.REPAIR, priority, status, "Leak", null, "ACME", null, "Site",
        "Berlin", ZoneOffset.UTC, null, "Tech", "EU", null, start, start.plusSeconds(3600), null, nine, 3, false, null);
  }

  @Test
  void theFirstLookMarksNothingAndANewJobOrAMovedWindowIsMarkedUntilOpened() {
    OfficeChanges changes = new OfficeChanges();
    assertThat(changes.update(List.of(row(id, WorkOrderStatus.ASSIGNED, nine, Priority.P3)))).isEmpty();
    UUID added = UUID.randomUUID();
    assertThat(changes.update(List.of(row(id, WorkOrderStatus.ASSIGNED, nine.plusSeconds(1800), Priority.P3),
        row(added, WorkOrderStatus.ASSIGNED, nine, Priority.P2)))).containsExactlyInAnyOrder(id, added);
    changes.acknowledge(id);
    assertThat(changes.isMarked(id)).isFalse();
    assertThat(changes.isMarked(added)).isTrue();
  }

  @Test
  void theTechniciansOwnStepsDoNotMarkAJob() {
    OfficeChanges changes = new OfficeChanges();
    changes.update(List.of(row(id, WorkOrderStatus.ASSIGNED, nine, Priority.P3)));
    assertThat(changes.update(List.of(row(id, WorkOrderStatus.ACCEPTED, nine, Priority.P3)))).isEmpty();
    assertThat(changes.update(List.of(row(id, WorkOrderStatus.EN_ROUTE, nine, Priority.P3)))).isEmpty();
    assertThat(changes.update(List.of(row(id, WorkOrderStatus.EN_ROUTE, nine, Priority.P1)))).containsExactly(id);
  }
}
