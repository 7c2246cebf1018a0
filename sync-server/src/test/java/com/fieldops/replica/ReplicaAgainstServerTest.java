package com.fieldops.replica;

import com.fieldops.workorder.replica.WorkOrderEdit;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.replica.store.CommandOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.server.testing.FullDisk;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Client replicas against the real sync server in-process, real SQLite files on both sides. */
class ReplicaAgainstServerTest extends OnRealServer {
  /** How often the server applied a mutation (its idempotency record: 0 or 1). */
  long timesApplied(UUID mutationId) {
    return server.db.read(c -> com.fieldops.server.storage.Jdbc.queryLong(c,
        "SELECT COUNT(*) FROM applied_mutation WHERE id = ?", mutationId.toString()));
  }

  static UUID recorded(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(CommandOutcome.Recorded.class);
    return ((CommandOutcome.Recorded) outcome).mutationId();
  }

  UUID jobForTech1(Replica dispatcher) throws Exception {
    CommandOutcome created = dispatcher.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer, server.world.northSite,
        null, null, WorkOrderType.REPAIR, Priority.P2, "Air conditioning blows warm air", null, null, null,
        server.world.tech1));
    assertThat(created).isInstanceOf(CommandOutcome.Recorded.class);
    UUID id = ((CommandOutcome.Recorded) created).entityId();
    Await.until("the job reached the server", WAIT, () -> dispatcher.syncStatus().pendingCount() == 0
        && dispatcher.workOrders().workOrder(id).map(d -> !d.row().provisional()).orElse(false), () -> dispatcher.syncStatus().toString());
    return id;
  }

  /** The dispatcher's console, the technician's phone and a job of hers that both hold. */
  record Crew(Replica dispatcher, Replica technician, UUID job) {}

  Crew dispatcherAndTechnicianWithAJob() throws Exception {
    Replica nora = signedIn("disp-north", null);
    Replica tess = signedIn("tech1", null);
    UUID job = jobForTech1(nora);
    return new Crew(nora, holding(tess, job), job);
  }

  /** The technician's phone once it holds {@code job}. */
  static Replica holding(Replica technician, UUID job) throws Exception {
    technician.syncNow();
    Await.until("the technician has her job", WAIT, () -> technician.workOrders().workOrder(job).isPresent());
    return technician;
  }

  @Test
  void workDoneWhileTheServerIsStoppedArrivesExactlyOnceAndOthersSeeIt() throws Exception {
    Crew crew = dispatcherAndTechnicianWithAJob();
    Replica nora = crew.dispatcher();
    Replica tess = crew.technician();
    UUID job = crew.job();

    server.stop();
    List<UUID> ids = new ArrayList<>();
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      ids.add(recorded(tess.workOrders().changeStatus(job, s, null)));
    }
    ids.add(recorded(tess.workOrders().addNote(job, "Filter clogged, cleaned it", true)));
    ids.add(recorded(tess.workOrders().addTime(job, null, TimeEntryKind.LABOUR, Instant.now().minusSeconds(3600), Instant.now(), true,
        null)));
    tess.syncNow();
    Await.until("offline noticed", WAIT, () -> tess.syncStatus().connectivity() == SyncStatus.Connectivity.OFFLINE);
    assertThat(tess.syncStatus().pendingCount()).isEqualTo(5);
    assertThat(tess.syncStatus().problem()).as("says why it is offline").isNotBlank();
    assertThat(tess.workOrders().workOrder(job).orElseThrow().workOrder().status()).isEqualTo(WorkOrderStatus.ON_SITE);

    server.start();
    tess.syncNow();
    Await.until("everything pushed", WAIT, () -> tess.syncStatus().pendingCount() == 0
        && tess.syncStatus().connectivity() == SyncStatus.Connectivity.ONLINE, () -> tess.syncStatus().toString());
    assertThat(tess.syncStatus().rejected()).isEmpty();
    assertThat(tess.syncStatus().lastSuccessfulSync()).isNotNull();
    assertThat(ids).allSatisfy(id -> assertThat(timesApplied(id)).as("applied exactly once").isEqualTo(1));

    nora.syncNow();
    Await.until("the dispatcher sees the work", WAIT, () -> nora.workOrders().workOrder(job)
        .filter(d -> d.workOrder().status() == WorkOrderStatus.ON_SITE && d.notes().size() == 1).isPresent());
    var detail = nora.workOrders().workOrder(job).orElseThrow();
    assertThat(detail.timeEntries()).hasSize(1);
    assertThat(detail.history().stream().filter(e -> e instanceof WorkOrderEvent.StatusChanged).count())
        .as("each status move exactly once").isEqualTo(3);
    assertThat(detail.history().stream().filter(e -> e instanceof WorkOrderEvent.NoteAdded).count()).isEqualTo(1);
  }

  @Test
  void whenTheServersDiskIsFullTheWorkStaysOnThePhoneWithTheServersReasonAndArrivesOnceThereIsRoom() throws Exception {
    Crew crew = dispatcherAndTechnicianWithAJob();
    Replica tess = crew.technician();
    UUID job = crew.job();

    FullDisk.fill(server.db);
    UUID note = recorded(tess.workOrders().addNote(job, "Compressor replaced; readings after the repair: "
        + "suction 4.2 bar, discharge 17.8 bar, superheat 6 K. ".repeat(70), true));
    Instant refusedFrom = Instant.now();
    tess.syncNow();
    Await.until("the refusal noticed", WAIT, () -> tess.syncStatus().problem() != null, () -> tess.syncStatus().toString());
    assertThat(tess.syncStatus().problem()).as("why, in words, not an HTTP code").contains("database")
        .contains("kept on this device").doesNotContain("503");
    assertThat(tess.syncStatus().pendingCount()).isEqualTo(1);
    assertThat(tess.syncStatus().rejected()).as("an outage is no rejection").isEmpty();
    assertThat(tess.syncStatus().nextAttemptAt()).as("waits at least as long as the server asked (Retry-After)")
        .isAfterOrEqualTo(refusedFrom.plusSeconds(5));
    assertThat(tess.workOrders().workOrder(job).orElseThrow().notes()).hasSize(1);
    assertThat(timesApplied(note)).isZero();

    FullDisk.free(server.db);
    tess.syncNow();
    Await.until("the note pushed", WAIT, () -> tess.syncStatus().pendingCount() == 0
        && tess.syncStatus().problem() == null, () -> tess.syncStatus().toString());
    assertThat(timesApplied(note)).isEqualTo(1);
  }

  @Test
  void aTechnicianCompletingAJobReassignedMeanwhileGetsAReadableRejection() throws Exception {
    Replica nora = signedIn("disp-north", null);
    FaultInjector tessNet = new FaultInjector(7, 0);
    Replica tess = signedIn("tech1", tessNet);
    UUID job = jobForTech1(nora);
    holding(tess, job);
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      tess.workOrders().changeStatus(job, s, null);
    }
    Await.until("on site reached the server", WAIT, () -> tess.syncStatus().pendingCount() == 0);

    tessNet.offline(true);
    CommandOutcome completed = tess.workOrders().changeStatus(job, WorkOrderStatus.COMPLETED, null, "Replaced the capacitor", null);
    assertThat(completed).isInstanceOf(CommandOutcome.Recorded.class);
    nora.syncNow();
    Await.until("dispatcher sees on site", WAIT, () -> nora.workOrders().workOrder(job)
        .filter(d -> d.workOrder().status() == WorkOrderStatus.ON_SITE).isPresent());
    assertThat(nora.workOrders().assign(job, server.world.tech2, "Tess is needed elsewhere")).isInstanceOf(CommandOutcome.Recorded.class);
    Await.until("reassigned on the server", WAIT, () -> nora.syncStatus().pendingCount() == 0);

    tessNet.offline(false);
    tess.syncNow();
    Await.until("the completion is rejected", WAIT, () -> !tess.syncStatus().rejected().isEmpty(),
        () -> tess.syncStatus().toString());
    RejectedMutation r = tess.syncStatus().rejected().get(0);
    assertThat(r.mutationId()).isEqualTo(((CommandOutcome.Recorded) completed).mutationId());
    assertThat(r.code()).isEqualTo("NOT_FOUND");
    assertThat(r.reason()).isNotBlank().doesNotContain("protocol.");
    assertThat(timesApplied(r.mutationId())).isZero();
    assertThat(r.action()).contains("Completed");
    Await.until("the job left her replica", WAIT, () -> tess.workOrders().workOrder(job).isEmpty());
    nora.syncNow();
    Await.until("the dispatcher sees it assigned to tech2", WAIT, () -> nora.workOrders().workOrder(job)
        .filter(d -> server.world.tech2.equals(d.workOrder().assigneeId())
            && d.workOrder().status() == WorkOrderStatus.ASSIGNED).isPresent());
  }

  @Test
  void twoOfflineEditsOfTheSameFieldTheLoserReadsWhy() throws Exception {
    Replica nora = signedIn("disp-north", null);
    UUID job = jobForTech1(nora);
    FaultInjector aNet = new FaultInjector(8, 0);
    FaultInjector bNet = new FaultInjector(9, 0);
    // the north's dispatcher on two devices, each with its own replica file
    Replica first = server.replica(dir.resolve("north-laptop.db"), aNet);
    open.add(first);
    first.signIn("disp-north", RealServer.PASSWORD.toCharArray()).get();
    Replica second = server.replica(dir.resolve("north-desktop.db"), bNet);
    open.add(second);
    second.signIn("disp-north", RealServer.PASSWORD.toCharArray()).get();
    Await.until("both have the job", WAIT, () -> first.workOrders().workOrder(job).isPresent() && second.workOrders().workOrder(job).isPresent());
    aNet.offline(true);
    bNet.offline(true);

    first.workOrders().editWorkOrder(job, WorkOrderEdit.none().withPriority(Priority.P1));
    CommandOutcome loser = second.workOrders().editWorkOrder(job, WorkOrderEdit.none().withPriority(Priority.P4));
    aNet.offline(false);
    first.syncNow();
    Await.until("first edit applied", WAIT, () -> first.syncStatus().pendingCount() == 0);
    bNet.offline(false);
    second.syncNow();
    Await.until("the loser is told", WAIT, () -> !second.syncStatus().rejected().isEmpty(), () -> second.syncStatus().toString());

    RejectedMutation r = second.syncStatus().rejected().get(0);
    assertThat(r.mutationId()).isEqualTo(((CommandOutcome.Recorded) loser).mutationId());
    assertThat(r.code()).isEqualTo("EDIT_CONFLICT");
    assertThat(r.reason()).contains("priority");
    assertThat(timesApplied(r.mutationId())).isZero();
    Await.until("the loser sees the winner", WAIT,
        () -> second.workOrders().workOrder(job).orElseThrow().workOrder().priority() == Priority.P1);
  }

  @Test
  void statusListenersHearTheEngineOffTheCallersThread() throws Exception {
    Replica tess = signedIn("tech1", null);
    var seen = new java.util.concurrent.CopyOnWriteArrayList<String>();
    try (Subscription s = tess.onSyncStatus(st -> seen.add(Thread.currentThread().getName() + ":" + st.connectivity()))) {
      tess.syncNow();
      Await.until("a status arrives", WAIT, () -> !seen.isEmpty());
    }
    assertThat(seen).allMatch(s -> s.startsWith("fieldops-replica-events:"));
  }

  @Test
  void aWrongPasswordIsAReadableFailureAndNothingSyncs() throws Exception {
    Replica r = server.replica(dir.resolve("wrong.db"), null);
    open.add(r);

    SignInOutcome outcome = r.signIn("tech1", "not-the-password".toCharArray()).get();

    assertThat(outcome).isInstanceOfSatisfying(SignInOutcome.Failed.class, f -> assertThat(f.message()).isNotBlank());
    assertThat(r.syncStatus().connectivity()).isEqualTo(SyncStatus.Connectivity.SIGNED_OUT);
    assertThat(r.workOrders().openWorkOrders()).isEmpty();
  }
}
