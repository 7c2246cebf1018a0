package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.EquipmentHistoryRow;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.Checklists;
import com.fieldops.workorder.mutation.UpsertChecklistTemplate;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A dispatcher's template gives a new job its checklist (the same on her console and on the server);
 * the technician ticks it on the phone, cannot complete with a required item open, completes with the
 * form; the office sees the job done and the machine's history line, with the job's number.
 */
class ChecklistsAgainstServerTest extends OnRealServer {
  static void pushed(Replica r) throws InterruptedException {
    r.syncNow();
    Await.until("pushed", WAIT, () -> r.syncStatus().pendingCount() == 0, () -> r.syncStatus().toString());
    assertThat(r.syncStatus().rejected()).isEmpty();
  }

  @Test
  void aJobGetsItsChecklistTheTechnicianTicksItAndCompletionWritesTheMachinesHistory() throws Exception {
    Replica nora = signedIn("disp-north");
    Replica tess = signedIn("tech1");
    UUID machine = server.world.equipment;
    UUID pressure = Ids.newId();
    UUID isolate = Ids.newId();
    ChecklistTemplate template = new ChecklistTemplate(Ids.newId(), "Repair safety", WorkOrderType.REPAIR, null,
        "north", List.of(new ChecklistTemplate.Item(pressure, "Gas pressure", true, ChecklistAnswerKind.VALUE, "mbar"),
        new ChecklistTemplate.Item(isolate, "Isolate the supply", true, ChecklistAnswerKind.NONE, null)), true);
    assertThat(nora.record(template.id(), new UpsertChecklistTemplate(template)))
        .isInstanceOf(CommandOutcome.Recorded.class);
    UUID job = ((CommandOutcome.Recorded) nora.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer,
        server.world.northSite, null, machine, WorkOrderType.REPAIR, Priority.P2, "No heat", null, null, null,
        server.world.tech1))).entityId();
    UUID checklist = Checklists.checklistId(job, template.id());
    // offline on the console already, with the id the server will give it
    assertThat(nora.workOrders().checklists(job)).extracting(Checklist::id).containsExactly(checklist);
    pushed(nora);

    tess.syncNow();
    Await.until("the technician has the checklist", WAIT, () -> !tess.workOrders().checklists(job).isEmpty());
    CommandOutcome wrongKind = tess.workOrders().tickChecklistItem(checklist, pressure, true, null, "looks fine");
    assertThat(wrongKind).isInstanceOf(CommandOutcome.Refused.class);
    assertThat(((CommandOutcome.Refused) wrongKind).field()).isEqualTo("note");
    assertThat(tess.workOrders().tickChecklistItem(checklist, pressure, true, new BigDecimal("20.0"), null))
        .isInstanceOf(CommandOutcome.Recorded.class);
    assertThat(tess.workOrders().checklists(job).get(0).items().get(0).answer()).isEqualTo("20");
    for (WorkOrderStatus to : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      assertThat(tess.workOrders().changeStatus(job, to, null)).isInstanceOf(CommandOutcome.Recorded.class);
    }
    CommandOutcome early = tess.workOrders().complete(job, "Replaced the regulator", "REG-01", true, false, null);
    assertThat(early).isInstanceOf(CommandOutcome.Refused.class);
    assertThat(((CommandOutcome.Refused) early).field()).isEqualTo("checklist.requiredItemsOpen");
    assertThat(((CommandOutcome.Refused) early).message()).contains("Isolate the supply");
    assertThat(tess.workOrders().tickChecklistItem(checklist, isolate, true, null, null))
        .isInstanceOf(CommandOutcome.Recorded.class);
    assertThat(tess.workOrders().complete(job, "Replaced the regulator", "REG-01", true, false, null))
        .isInstanceOf(CommandOutcome.Recorded.class);
    // the phone shows the machine's new line before it has signal again
    assertThat(tess.equipment().history(machine)).first().satisfies(r -> assertThat(r.pending()).isTrue());
    pushed(tess);

    nora.syncNow();
    Await.until("the office sees the history line", WAIT, () -> !nora.equipment().history(machine).isEmpty());
    EquipmentHistoryRow line = nora.equipment().history(machine).get(0);
    assertThat(line.summary()).isEqualTo("Replaced the regulator");
    assertThat(line.workOrderId()).isEqualTo(job);
    assertThat(line.workOrderLabel()).startsWith("WO-");
    assertThat(line.failureCode()).isEqualTo("REG-01");
    assertThat(line.firstTimeFix()).isTrue();
    assertThat(line.followUpNeeded()).isFalse();
    assertThat(line.pending()).isFalse();
    assertThat(nora.workOrders().workOrder(job).orElseThrow().workOrder().status()).isEqualTo(WorkOrderStatus.COMPLETED);
    assertThat(nora.workOrders().checklists(job).get(0).items()).allSatisfy(i -> assertThat(i.done()).isTrue());
  }
}
