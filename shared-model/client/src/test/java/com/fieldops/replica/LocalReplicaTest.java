package com.fieldops.replica;

import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.CommandOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.protocol.MutationResult;
import com.fieldops.replica.store.OutboxState;
import com.fieldops.replica.store.StoredMutation;
import com.fieldops.replica.view.WorkOrderDetail;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local view = server state + pending mutations, on a real SQLite file, without a server. */
class LocalReplicaTest {
  @TempDir
  Path dir;

  final ReplicaFixtures world = new ReplicaFixtures();
  final UUID woId = Ids.newId();
  LocalReplica replica;

  @BeforeEach
  void open() {
    replica = ReplicaFixtures.offlineReplica(dir.resolve("tina.db"), world.technicianUser());
    replica.store().applyPullPage(List.of(
        world.upsert(world.customer(), 1),
        world.upsert(world.site(), 1),
        world.upsert(world.technician(world.technicianId, world.techUserId, "Tina Tech"), 1),
        world.upsert(world.workOrder(woId, WorkOrderStatus.ASSIGNED, world.technicianId), 3)), world.lastSeq());
  }

  @AfterEach
  void close() {
    replica.close();
  }

  @Test
  void aRecordedActionShowsAtOnceAndIsPending() {
    CommandOutcome outcome = replica.workOrders().changeStatus(woId, WorkOrderStatus.ACCEPTED, null);

    assertThat(outcome).isInstanceOf(CommandOutcome.Recorded.class);
    WorkOrderDetail detail = replica.workOrders().workOrder(woId).orElseThrow();
    assertThat(detail.workOrder().status()).isEqualTo(WorkOrderStatus.ACCEPTED);
    assertThat(detail.row().pending()).isTrue();
    assertThat(detail.history()).hasSize(1);
    assertThat(replica.syncStatus().pendingCount()).isEqualTo(1);
    StoredMutation row = replica.store().pendingBatch(10).get(0);
    assertThat(row.envelope().type()).isEqualTo("ChangeWorkOrderStatus");
    assertThat(row.envelope().baseVersion()).isEqualTo(3L);
    assertThat(row.action()).contains("Accepted");
  }

  @Test
  void anActionTheRulesRefuseChangesNothing() {
    CommandOutcome outcome = replica.workOrders().changeStatus(woId, WorkOrderStatus.COMPLETED, null);

    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, r -> {
      assertThat(r.code()).isEqualTo("TRANSITION_NOT_ALLOWED");
      assertThat(r.message()).isNotBlank().doesNotContain("protocol.")
          .as("statuses read as everywhere else in the product").contains("Completed").doesNotContain("COMPLETED");
    });
    assertThat(replica.workOrders().workOrder(woId).orElseThrow().workOrder().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    assertThat(replica.syncStatus().pendingCount()).isZero();
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    CommandOutcome outcome = replica.workOrders().addNote(woId, "  ", false);

    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, r -> assertThat(r.field()).isEqualTo("text"));
    assertThat(replica.syncStatus().pendingCount()).isZero();
  }

  @Test
  void pulledServerChangesKeepPendingActionsOnTop() {
    replica.workOrders().changeStatus(woId, WorkOrderStatus.ACCEPTED, null);
    replica.workOrders().addNote(woId, "Customer asks to call before arrival", false);

    WorkOrder serverNow = world.workOrder(woId, WorkOrderStatus.ASSIGNED, world.technicianId).withPriority(Priority.P1);
    replica.store().applyPullPage(List.of(world.upsert(serverNow, 4)), world.lastSeq());

    WorkOrderDetail detail = replica.workOrders().workOrder(woId).orElseThrow();
    assertThat(detail.workOrder().priority()).as("the server's edit").isEqualTo(Priority.P1);
    assertThat(detail.workOrder().status()).as("my pending action").isEqualTo(WorkOrderStatus.ACCEPTED);
    assertThat(detail.notes()).extracting(n -> n.text()).containsExactly("Customer asks to call before arrival");
    assertThat(detail.row().version()).isEqualTo(4);
  }

  @Test
  void aRejectionUndoesTheLocalEffectAndStaysUntilDismissed() {
    CommandOutcome.Recorded rec = (CommandOutcome.Recorded) replica.workOrders().changeStatus(woId, WorkOrderStatus.ACCEPTED, null);

    replica.store().storePushResults(List.of(MutationResult.rejected(rec.mutationId(), "NOT_YOUR_JOB",
        "WO-1 is no longer assigned to you.", "entityId")));

    assertThat(replica.workOrders().workOrder(woId).orElseThrow().workOrder().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    assertThat(replica.workOrders().workOrder(woId).orElseThrow().row().pending()).isFalse();
    SyncStatus status = replica.syncStatus();
    assertThat(status.pendingCount()).isZero();
    assertThat(status.rejected()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo("WO-1 is no longer assigned to you.");
      assertThat(r.action()).contains("Accepted");
    });

    replica.dismissRejection(rec.mutationId());
    assertThat(replica.syncStatus().rejected()).isEmpty();
  }

  @Test
  void retryingARejectionRecordsItAgainAsANewMutation() {
    CommandOutcome.Recorded rec = (CommandOutcome.Recorded) replica.workOrders().addNote(woId, "Gate code 1234", false);
    replica.store().storePushResults(List.of(MutationResult.rejected(rec.mutationId(), "INVALID", "Try later.", null)));

    CommandOutcome again = replica.retryRejection(rec.mutationId());

    assertThat(again).isInstanceOfSatisfying(CommandOutcome.Recorded.class,
        r -> assertThat(r.mutationId()).isNotEqualTo(rec.mutationId()));
    assertThat(replica.syncStatus().rejected()).isEmpty();
    assertThat(replica.syncStatus().pendingCount()).isEqualTo(1);
    assertThat(replica.workOrders().workOrder(woId).orElseThrow().notes()).hasSize(1);
  }

  @Test
  void aConfirmedActionIsReplayedUntilThePullThatBringsItsEffect() {
    CommandOutcome.Recorded rec = (CommandOutcome.Recorded) replica.workOrders().changeStatus(woId, WorkOrderStatus.ACCEPTED, null);
    replica.store().storePushResults(List.of(MutationResult.applied(rec.mutationId())));
    assertThat(replica.store().countInState(OutboxState.APPLIED)).isEqualTo(1);
    assertThat(replica.workOrders().workOrder(woId).orElseThrow().workOrder().status()).isEqualTo(WorkOrderStatus.ACCEPTED);

    replica.store().applyPullPage(List.of(world.upsert(world.workOrder(woId, WorkOrderStatus.ACCEPTED, world.technicianId), 4)),
        world.lastSeq());
    replica.store().finishPull(Instant.now());

    assertThat(replica.store().countInState(OutboxState.APPLIED)).isZero();
    WorkOrderDetail detail = replica.workOrders().workOrder(woId).orElseThrow();
    assertThat(detail.workOrder().status()).isEqualTo(WorkOrderStatus.ACCEPTED);
    assertThat(detail.row().pending()).isFalse();
    assertThat(detail.row().version()).isEqualTo(4);
  }

  @Test
  void aJobThatLeavesTheScopeLeavesTheReplica() {
    replica.store().applyPullPage(List.of(world.remove(EntityTypes.WORK_ORDER, woId, 5)), world.lastSeq());

    assertThat(replica.workOrders().workOrder(woId)).isEmpty();
    assertThat(replica.workOrders().openWorkOrders()).isEmpty();
  }

  @Test
  void openWorkOrdersJoinNamesAndShowTheProvisionalLabel() {
    List<com.fieldops.replica.view.WorkOrderRow> rows = replica.workOrders().openWorkOrders();

    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.customerName()).isEqualTo("Acme Bakery");
      assertThat(r.siteName()).isEqualTo("Acme Bakery Mitte");
      assertThat(r.assigneeName()).isEqualTo("Tina Tech");
      assertThat(r.provisional()).isTrue();
      assertThat(r.label()).startsWith("#");
      assertThat(r.siteZone()).hasToString("Europe/Berlin");
    });
  }

  @Test
  void openWorkOrdersComeMostUrgentSlaDueFirstThenThoseWithoutAClock() {
    UUID late = Ids.newId();
    UUID soon = Ids.newId();
    UUID done = Ids.newId();
    var lateDoc = (com.fasterxml.jackson.databind.node.ObjectNode) com.fieldops.common.json.Json.mapper()
        .valueToTree(world.workOrder(late, WorkOrderStatus.ASSIGNED, world.technicianId));
    lateDoc.put("slaDue", "2026-11-21T12:00:00Z");
    var soonDoc = (com.fasterxml.jackson.databind.node.ObjectNode) com.fieldops.common.json.Json.mapper()
        .valueToTree(world.workOrder(soon, WorkOrderStatus.ASSIGNED, world.technicianId));
    soonDoc.put("slaDue", "2026-11-21T09:30:00.5Z");
    var doneDoc = (com.fasterxml.jackson.databind.node.ObjectNode) com.fieldops.common.json.Json.mapper()
        .valueToTree(world.workOrder(done, WorkOrderStatus.ON_SITE, world.technicianId).withResolution("ok")
            .withStatus(WorkOrderStatus.COMPLETED, null));
    doneDoc.put("slaDue", "2026-11-20T00:00:00Z");
    replica.store().applyPullPage(List.of(
        new com.fieldops.protocol.Change(100, "WorkOrder", late, 1, com.fieldops.protocol.ChangeOp.UPSERT, lateDoc),
        new com.fieldops.protocol.Change(101, "WorkOrder", soon, 1, com.fieldops.protocol.ChangeOp.UPSERT, soonDoc),
        new com.fieldops.protocol.Change(102, "WorkOrder", done, 1, com.fieldops.protocol.ChangeOp.UPSERT, doneDoc)), 102);

    assertThat(replica.workOrders().openWorkOrders()).extracting(r -> r.id()).containsExactly(soon, late, woId);
    assertThat(replica.workOrders().openWorkOrders(1)).extracting(r -> r.slaDue()).containsExactly(Instant.parse("2026-11-21T09:30:00.5Z"));
  }

  @Test
  void findingWorkOrdersCoversFinishedJobsByNumberProblemCustomerOrSiteNewestFirst() {
    UUID closed = Ids.newId();
    WorkOrder closedJob = world.workOrder(closed, WorkOrderStatus.ON_SITE, world.technicianId).withResolution("ok")
        .withStatus(WorkOrderStatus.COMPLETED, null).withStatus(WorkOrderStatus.CLOSED, null)
        .withNumber("WO-2026-000417");
    var doc = (com.fasterxml.jackson.databind.node.ObjectNode) com.fieldops.common.json.Json.mapper()
        .valueToTree(closedJob);
    doc.put("problem", "Dishwasher leaks at the door");
    doc.put("createdAt", "2026-11-21T08:00:00Z");
    replica.store().applyPullPage(List.of(
        new com.fieldops.protocol.Change(100, "WorkOrder", closed, 1, com.fieldops.protocol.ChangeOp.UPSERT, doc)), 100);

    assertThat(replica.workOrders().findWorkOrders("000417", 10)).extracting(r -> r.id()).containsExactly(closed);
    assertThat(replica.workOrders().findWorkOrders("DISHWASHER", 10)).extracting(r -> r.id()).containsExactly(closed);
    assertThat(replica.workOrders().findWorkOrders("acme bakery", 10)).extracting(r -> r.id()).containsExactly(closed, woId);
    assertThat(replica.workOrders().findWorkOrders("mitte", 1)).extracting(r -> r.id()).containsExactly(closed);
    assertThat(replica.workOrders().findWorkOrders("  ", 10)).isEmpty();
    assertThat(replica.workOrders().findWorkOrders("%", 10)).isEmpty();
    assertThat(replica.workOrders().findWorkOrders("nothing like this", 10)).isEmpty();
  }

  @Test
  void aCustomerIsFoundByNameAccountSiteStreetCityContactPhoneOrAMachinesSerialNumber() {
    UUID other = Ids.newId();
    replica.store().applyPullPage(List.of(
        world.upsert(new com.fieldops.customer.model.Customer(other, "Zeta Foods", "C-200", null, null,
            new com.fieldops.customer.model.Address("9 Dock Rd", "20457", "Hamburg", null, "DE"), "de"), 1),
        world.upsert(new com.fieldops.equipment.model.Equipment(Ids.newId(), world.customerId, world.siteId,
            "SN-7731-AX", "Rational", "iCombi Pro", null, null, null,
            com.fieldops.equipment.model.EquipmentStatus.ACTIVE), 1),
        world.upsert(new com.fieldops.customer.model.Contact(Ids.newId(), world.customerId, null, "Jana Weber", null,
            "+49 30 1234567", "Kitchen manager", "de"), 1)), world.lastSeq() + 10);

    assertThat(names(replica.customers().customers(""))).containsExactly("Acme Bakery", "Zeta Foods");
    assertThat(names(replica.customers().customers("zeta"))).containsExactly("Zeta Foods");
    assertThat(names(replica.customers().customers("c-200"))).as("account number").containsExactly("Zeta Foods");
    assertThat(names(replica.customers().customers("MITTE"))).as("site name").containsExactly("Acme Bakery");
    assertThat(names(replica.customers().customers("main st"))).as("site street").containsExactly("Acme Bakery");
    assertThat(names(replica.customers().customers("berlin"))).as("site city").containsExactly("Acme Bakery");
    assertThat(names(replica.customers().customers("7731-ax"))).as("equipment serial").containsExactly("Acme Bakery");
    assertThat(names(replica.customers().customers("jana"))).as("contact name").containsExactly("Acme Bakery");
    assertThat(names(replica.customers().customers("030 123 4567"))).as("the caller's number, however written")
        .containsExactly("Acme Bakery");
    assertThat(replica.customers().customers("12")).as("two digits are no phone number").isEmpty();
    assertThat(names(replica.customers().customers("%"))).as("a wildcard is no search").containsExactly("Acme Bakery",
        "Zeta Foods");
    assertThat(replica.customers().customers("nothing like this")).isEmpty();
  }

  private static List<String> names(List<com.fieldops.replica.view.CustomerRow> rows) {
    return rows.stream().map(r -> r.name()).toList();
  }

  @Test
  void anyRegisteredMutationIsRecordedWithoutAMethodOfItsOwn() {
    UUID noteId = Ids.newId();
    CommandOutcome outcome = replica.record(woId,
        new com.fieldops.workorder.mutation.AddNote(noteId, "Gate code 4711", true));

    assertThat(outcome.isRecorded()).isTrue();
    var detail = replica.workOrders().workOrder(woId).orElseThrow();
    assertThat(detail.notes()).extracting(n -> n.text()).contains("Gate code 4711");
    assertThat(detail.pendingIds()).contains(noteId);
    assertThat(replica.reports().customerNotes(woId)).extracting(n -> n.text()).containsExactly("Gate code 4711");
    assertThat(replica.syncStatus().pendingCount()).isEqualTo(1);
  }

  @Test
  void somethingThatIsNoRegisteredMutationIsRefusedAndChangesNothing() {
    CommandOutcome outcome = replica.record(woId, "AddNote");

    assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Refused.class, r -> assertThat(r.field()).isEqualTo("type"));
    assertThat(replica.syncStatus().pendingCount()).isZero();
  }

  @Test
  void dataListenersHearLocalCommandsOffTheCallersThread() throws Exception {
    var heard = new java.util.concurrent.LinkedBlockingQueue<String>();
    try (Subscription s = replica.onDataChanged(java.util.Set.of(EntityTypes.NOTE),
        change -> heard.add(Thread.currentThread().getName() + ":" + change.cause()))) {
      replica.workOrders().addNote(woId, "hello", false);
      assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("fieldops-replica-events:LOCAL_COMMAND");
    }
  }
}
