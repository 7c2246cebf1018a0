package com.fieldops.client.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.workflow.TransitionCheck;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The phone's big buttons are exactly the moves the shared workflow allows the job's technician. */
class FieldStepsTest {
  private final UUID me = UUID.randomUUID();

  private WorkOrder job(WorkOrderStatus status, UUID assignee) {
    return new WorkOrder(UUID.randomUUID(), "WO-2026-000001", UUID.randomUUID(), UUID.randomUUID(), null, null,
        WorkOrderType.REPAIR, Priority.P2, status, status == WorkOrderStatus.ON_HOLD ? OnHoldReason.WAITING_FOR_PARTS : null,
        assignee, null, "EU", null, null, "Leak", null, Instant.parse("2026-12-05T08:00:00Z"), UUID.randomUUID());
  }

  @Test
  void eachStatusOffersTheNextFieldMove() {
    assertThat(FieldSteps.available(me, job(WorkOrderStatus.ASSIGNED, me))).containsExactly(FieldStep.ACCEPT);
    assertThat(FieldSteps.available(me, job(WorkOrderStatus.ACCEPTED, me))).containsExactly(FieldStep.START_TRAVEL);
    assertThat(FieldSteps.available(me, job(WorkOrderStatus.EN_ROUTE, me))).containsExactly(FieldStep.ARRIVE);
    assertThat(FieldSteps.available(me, job(WorkOrderStatus.ON_SITE, me))).containsExactly(FieldStep.HOLD, FieldStep.COMPLETE);
    assertThat(FieldSteps.available(me, job(WorkOrderStatus.ON_HOLD, me))).containsExactly(FieldStep.RESUME);
    assertThat(FieldSteps.available(me, job(WorkOrderStatus.COMPLETED, me))).isEmpty();
    assertThat(FieldSteps.next(me, job(WorkOrderStatus.ON_SITE, me))).contains(FieldStep.COMPLETE);
  }

  @Test
  void someoneElsesJobOffersNothingAndSaysWhy() {
    WorkOrder theirs = job(WorkOrderStatus.ASSIGNED, UUID.randomUUID());
    assertThat(FieldSteps.available(me, theirs)).isEmpty();
    TransitionCheck check = FieldSteps.check(me, theirs, FieldStep.ACCEPT);
    assertThat(check).isInstanceOf(TransitionCheck.Refused.class);
    assertThat(((TransitionCheck.Refused) check).message(Locale.ENGLISH)).contains("WO-2026-000001");
  }
}
