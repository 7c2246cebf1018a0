package com.fieldops.replica;

import static com.fieldops.replica.SyncTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.model.common.Ids;
import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.TimeEntryKind;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.model.workorder.WorkOrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync engine over real HTTP (a protocol stand-in server) and real SQLite files. */
class SyncEngineTest {
  static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir
  Path dir;

  final ReplicaFixtures w = new ReplicaFixtures();
  final UUID woId = Ids.newId();
  TestSyncServer server;
  final List<Replica> open = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = SyncTestSupport.server(w, 5);
    server.seed(w.workOrder(woId, WorkOrderStatus.ASSIGNED, w.technicianId)).start(0);
  }

  @AfterEach
  void stop() {
    open.forEach(Replica::close);
    server.close();
  }

  Replica signedIn(String user, FaultInjector faults) throws Exception {
    Replica r = SyncTestSupport.signedIn(dir.resolve(user + ".db"), server.url(), faults, user);
    open.add(r);
    return r;
  }

  @Test
  void workRecordedWhileTheServerIsDownArrivesExactlyOnceWhenItIsBack() throws Exception {
    Replica tina = signedIn("tina", null);
    await("tina has her job", WAIT, () -> tina.workOrder(woId).isPresent());
    int port = server.port();
    server.stop();

    List<UUID> ids = new ArrayList<>();
    ids.add(recorded(tina.changeStatus(woId, WorkOrderStatus.ACCEPTED, null)));
    ids.add(recorded(tina.changeStatus(woId, WorkOrderStatus.EN_ROUTE, null)));
    ids.add(recorded(tina.addNote(woId, "Parking at the back", false)));
    ids.add(recorded(tina.addTime(woId, null, TimeEntryKind.TRAVEL, Instant.parse("2026-11-20T09:00:00Z"),
        Instant.parse("2026-11-20T09:30:00Z"), true, null)));
    tina.syncNow();
    await("tina sees she is offline", WAIT, () -> tina.syncStatus().connectivity() == SyncStatus.Connectivity.OFFLINE);
    assertThat(tina.syncStatus().pendingCount()).isEqualTo(4);
    assertThat(tina.syncStatus().problem()).isNotBlank();
    assertThat(tina.workOrder(woId).orElseThrow().workOrder().status()).isEqualTo(WorkOrderStatus.EN_ROUTE);

    server.start(port);
    tina.syncNow();
    await("everything pushed", WAIT, () -> tina.syncStatus().pendingCount() == 0
        && tina.syncStatus().connectivity() == SyncStatus.Connectivity.ONLINE && !tina.syncStatus().syncing());

    assertThat(ids).allSatisfy(id -> assertThat(server.timesApplied(id)).isEqualTo(1));
    assertThat(server.find(WorkOrder.class, woId).orElseThrow().status()).isEqualTo(WorkOrderStatus.EN_ROUTE);
    assertThat(tina.syncStatus().rejected()).isEmpty();
    assertThat(tina.syncStatus().lastSuccessfulSync()).isNotNull();
    assertThat(tina.workOrder(woId).orElseThrow().row().provisional()).as("numbered by the server").isFalse();

    Replica dora = signedIn("dora", null);
    await("the dispatcher sees tina's work", WAIT, () -> dora.workOrder(woId)
        .filter(d -> d.workOrder().status() == WorkOrderStatus.EN_ROUTE && d.notes().size() == 1 && d.timeEntries().size() == 1)
        .isPresent());
  }

  @Test
  void aTechnicianCompletingAJobReassignedMeanwhileSeesAReadableRejection() throws Exception {
    FaultInjector tinaNet = new FaultInjector(1, 0);
    Replica tina = signedIn("tina", tinaNet);
    Replica dora = signedIn("dora", null);
    await("tina has her job", WAIT, () -> tina.workOrder(woId).isPresent());
    await("dora has it", WAIT, () -> dora.workOrder(woId).isPresent());
    recorded(tina.changeStatus(woId, WorkOrderStatus.ACCEPTED, null));
    recorded(tina.changeStatus(woId, WorkOrderStatus.EN_ROUTE, null));
    recorded(tina.changeStatus(woId, WorkOrderStatus.ON_SITE, null));
    await("tina synced", WAIT, () -> tina.syncStatus().pendingCount() == 0 && !tina.syncStatus().syncing());

    tinaNet.offline(true);
    UUID completion = recorded(tina.changeStatus(woId, WorkOrderStatus.COMPLETED, null, "Replaced the thermostat", null));
    dora.syncNow();
    await("dora sees tina on site", WAIT, () -> dora.workOrder(woId)
        .filter(d -> d.workOrder().status() == WorkOrderStatus.ON_SITE).isPresent());
    recorded(dora.assign(woId, w.otherTechnicianId, "Tina is needed elsewhere"));
    await("reassignment reached the server", WAIT, () -> server.find(WorkOrder.class, woId).orElseThrow()
        .assigneeId().equals(w.otherTechnicianId));

    tinaNet.offline(false);
    tina.syncNow();
    await("tina's completion is rejected", WAIT, () -> !tina.syncStatus().rejected().isEmpty());
    RejectedMutation rejection = tina.syncStatus().rejected().get(0);
    assertThat(rejection.mutationId()).isEqualTo(completion);
    assertThat(rejection.code()).isEqualTo("NOT_YOUR_JOB");
    assertThat(rejection.reason()).isNotBlank().doesNotContain("protocol.");
    assertThat(rejection.action()).contains("Completed");
    await("the job left tina's replica", WAIT, () -> tina.workOrder(woId).isEmpty());
    assertThat(server.timesApplied(completion)).isZero();
    assertThat(server.find(WorkOrder.class, woId).orElseThrow().status()).isEqualTo(WorkOrderStatus.ASSIGNED);
  }

  @Test
  void twoOfflineEditsOfTheSameFieldTheLaterOneLosesReadably() throws Exception {
    FaultInjector doraNet = new FaultInjector(2, 0);
    FaultInjector danNet = new FaultInjector(3, 0);
    Replica dora = signedIn("dora", doraNet);
    Replica dan = signedIn("dan", danNet);
    await("both have the job", WAIT, () -> dora.workOrder(woId).isPresent() && dan.workOrder(woId).isPresent());
    doraNet.offline(true);
    danNet.offline(true);

    recorded(dora.editWorkOrder(woId, WorkOrderEdit.none().withPriority(Priority.P1)));
    UUID dansEdit = recorded(dan.editWorkOrder(woId, WorkOrderEdit.none().withPriority(Priority.P3)));
    assertThat(dan.workOrder(woId).orElseThrow().workOrder().priority()).isEqualTo(Priority.P3);

    doraNet.offline(false);
    dora.syncNow();
    await("dora's edit applied", WAIT, () -> server.find(WorkOrder.class, woId).orElseThrow().priority() == Priority.P1);
    danNet.offline(false);
    dan.syncNow();
    await("dan learns he lost", WAIT, () -> !dan.syncStatus().rejected().isEmpty());

    RejectedMutation lost = dan.syncStatus().rejected().get(0);
    assertThat(lost.mutationId()).isEqualTo(dansEdit);
    assertThat(lost.code()).isEqualTo("EDIT_CONFLICT");
    assertThat(lost.reason()).contains("priority");
    await("dan sees the winner", WAIT, () -> dan.workOrder(woId).orElseThrow().workOrder().priority() == Priority.P1);
    assertThat(server.timesApplied(dansEdit)).isZero();
  }

  @Test
  void statusListenersHearTheEngineOffTheCallersThread() throws Exception {
    Replica tina = signedIn("tina", null);
    var seen = new java.util.concurrent.CopyOnWriteArrayList<String>();
    try (Subscription s = tina.onSyncStatus(st -> seen.add(Thread.currentThread().getName() + ":" + st.connectivity()))) {
      tina.syncNow();
      await("a status arrives", WAIT, () -> !seen.isEmpty());
    }
    assertThat(seen).allMatch(s -> s.startsWith("fieldops-replica-events:"));
  }

  @Test
  void aWrongPasswordIsAReadableFailureAndNothingSyncs() throws Exception {
    Replica r = SyncTestSupport.replica(dir.resolve("x.db"), server.url(), null);
    open.add(r);
    SignInOutcome outcome = r.signIn("tina", "wrong".toCharArray()).get();
    assertThat(outcome).isInstanceOfSatisfying(SignInOutcome.Failed.class, f -> assertThat(f.message()).isNotBlank());
    assertThat(r.syncStatus().connectivity()).isEqualTo(SyncStatus.Connectivity.SIGNED_OUT);
  }

  static UUID recorded(CommandOutcome outcome) {
    assertThat(outcome).isInstanceOf(CommandOutcome.Recorded.class);
    return ((CommandOutcome.Recorded) outcome).mutationId();
  }
}
