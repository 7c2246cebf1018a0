package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.fieldops.common.Ids;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.EditWorkOrder;
import com.fieldops.protocol.mutation.FieldEdit;
import com.fieldops.workorder.mutation.ReassignWorkOrder;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.Replica;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Push, pull and scope through the real HTTP API, once per database engine. */
abstract class SyncContract {
  TestServer server;
  World w;
  ApiClient north;
  ApiClient south;
  ApiClient tech1;
  ApiClient tech2;
  ApiClient tech3;

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = TestServer.start(dialect());
    w = server.world;
    north = server.as("disp-north");
    south = server.as("disp-south");
    tech1 = server.as("tech1");
    tech2 = server.as("tech2");
    tech3 = server.as("tech3");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  CreateWorkOrder create(UUID customer, UUID site, UUID assignee, boolean withContactAndEquipment) {
    return new CreateWorkOrder(customer, site, withContactAndEquipment ? w.contact : null,
        withContactAndEquipment ? w.equipment : null, WorkOrderType.REPAIR, Priority.P2, null, "Boiler leaks", null,
        null, assignee);
  }

  UUID createWorkOrder(ApiClient as, UUID customer, UUID site, UUID assignee, boolean full) {
    UUID id = Ids.newId();
    MutationResult r = as.push("CreateWorkOrder", id, create(customer, site, assignee, full));
    assertThat(r.status()).as(r.reason()).isEqualTo(MutationStatus.APPLIED);
    return id;
  }

  @Test
  void aTechnicianPullingFromZeroGetsExactlyTheirScope() {
    UUID wo1 = createWorkOrder(north, w.customer, w.northSite, w.tech1, true);
    UUID wo2 = createWorkOrder(north, w.otherCustomer, w.otherNorthSite, w.tech2, false);
    UUID wo3 = createWorkOrder(south, w.customer, w.southSite, w.tech3, false);
    tech1.push("AddNote", wo1, new AddNote(Ids.newId(), "Bring a ladder", false));

    Replica r = tech1.pullAll(0);

    assertThat(r.ids("WorkOrder")).containsExactly(wo1);
    assertThat(r.ids("Customer")).containsExactly(w.customer);
    assertThat(r.ids("Site")).containsExactly(w.northSite);
    assertThat(r.ids("Contact")).containsExactly(w.contact);
    assertThat(r.ids("Equipment")).containsExactly(w.equipment);
    assertThat(r.ids("Part")).containsExactly(w.part);
    assertThat(r.ids("Technician")).containsExactly(w.tech1);
    assertThat(r.ids("Note")).hasSize(1);
    assertThat(r.entities.values()).allSatisfy(data -> {
      if (data.has("workOrderId")) {
        assertThat(data.get("workOrderId").asText()).isEqualTo(wo1.toString());
      }
    });
    assertThat(r.ids("WorkOrder")).doesNotContain(wo2, wo3);
  }

  @Test
  void aReassignedJobLeavesTheOldTechniciansReplicaAtTheNextPull() {
    UUID wo1 = createWorkOrder(north, w.customer, w.northSite, w.tech1, true);
    Replica before = tech1.pullAll(0);
    assertThat(before.ids("WorkOrder")).containsExactly(wo1);

    MutationResult moved = north.push("ReassignWorkOrder", wo1, new ReassignWorkOrder(w.tech2, "Tess is ill"));
    assertThat(moved.status()).isEqualTo(MutationStatus.APPLIED);

    Replica after = tech1.pullAll(0);
    assertThat(after.ids("WorkOrder")).isEmpty();
    assertThat(after.ids("WorkOrderEvent")).isEmpty();
    assertThat(after.ids("Site")).isEmpty();
    assertThat(after.ids("Customer")).isEmpty();
    // incrementally too: applying only the new changes on the old replica removes the job
    Replica incremental = tech1.pullAll(before.cursor);
    assertThat(incremental.changesSeen).isPositive();
    Set<UUID> stillThere = new java.util.HashSet<>(before.ids("WorkOrder"));
    for (String key : incremental.entities.keySet()) {
      stillThere.remove(UUID.fromString(key.substring(key.indexOf('/') + 1)));
    }
    Replica tech2Replica = tech2.pullAll(0);
    assertThat(tech2Replica.ids("WorkOrder")).containsExactly(wo1);
    assertThat(tech2Replica.ids("Site")).containsExactly(w.northSite);
    assertThat(tech2Replica.ids("WorkOrderEvent")).isNotEmpty();
    assertThat(tech2Replica.get("WorkOrder", wo1).get("status").asText()).isEqualTo("ASSIGNED");
  }

  @Test
  void aDispatcherGetsEverythingOfTheirRegionAndNothingElse() {
    UUID wo1 = createWorkOrder(north, w.customer, w.northSite, w.tech1, true);
    UUID wo2 = createWorkOrder(north, w.otherCustomer, w.otherNorthSite, null, false);
    UUID wo3 = createWorkOrder(south, w.customer, w.southSite, w.tech3, false);

    Replica r = north.pullAll(0);

    assertThat(r.ids("WorkOrder")).containsExactlyInAnyOrder(wo1, wo2);
    assertThat(r.ids("Site")).containsExactlyInAnyOrder(w.northSite, w.otherNorthSite);
    assertThat(r.ids("Technician")).containsExactlyInAnyOrder(w.tech1, w.tech2);
    assertThat(r.ids("Customer")).containsExactlyInAnyOrder(w.customer, w.otherCustomer);
    assertThat(r.ids("WorkOrder")).doesNotContain(wo3);
    assertThat(south.pullAll(0).ids("WorkOrder")).containsExactly(wo3);
    assertThat(server.as("admin").pullAll(0).ids("WorkOrder")).containsExactlyInAnyOrder(wo1, wo2, wo3);
  }

  @Test
  void aReplayedMutationReturnsTheStoredResultAndChangesNothing() {
    MutationEnvelope create = north.envelope("CreateWorkOrder", Ids.newId(),
        create(w.customer, w.northSite, w.tech1, false));
    MutationResult first = north.push(List.of(create)).results().get(0);
    long cursor = server.as("admin").pullAll(0).cursor;

    MutationResult again = north.push(List.of(create, create)).results().get(1);

    assertThat(again).isEqualTo(first);
    assertThat(server.as("admin").pullAll(0).cursor).isEqualTo(cursor);
  }

  @Test
  void manyDevicesPushingAtOnceGetTheirOwnResultsAndAShareMutationAppliesOnce() throws Exception {
    UUID wo = createWorkOrder(north, w.customer, w.northSite, null, false);
    MutationEnvelope shared = north.envelope("AddNote", wo, new AddNote(Ids.newId(), "Sent by two phones", false));
    int devices = 16;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(devices);
    try {
      List<java.util.concurrent.Future<List<MutationResult>>> futures = new java.util.ArrayList<>();
      for (int d = 0; d < devices; d++) {
        futures.add(pool.submit(() -> north.push(List.of(shared,
            north.envelope("AddNote", wo, new AddNote(Ids.newId(), "own", false)),
            north.envelope("AddNote", Ids.newId(), new AddNote(Ids.newId(), "no such job", false)))).results()));
      }
      for (var f : futures) {
        List<MutationResult> r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(r).as(r.toString()).extracting(MutationResult::status)
            .containsExactly(MutationStatus.APPLIED, MutationStatus.APPLIED, MutationStatus.REJECTED);
      }
    } finally {
      pool.shutdownNow();
    }
    Replica r = north.pullAll(0);
    assertThat(r.ids("Note")).hasSize(devices + 1);
    assertThat(r.entities.values()).filteredOn(d -> d.has("text") && d.get("text").asText().equals("Sent by two phones"))
        .hasSize(1);
  }

  @Test
  void aFinishedJobLeavesTheTechniciansReplicaOnceItIsNoLongerRecent() {
    UUID done = createWorkOrder(north, w.customer, w.northSite, w.tech1, true);
    UUID open = createWorkOrder(north, w.otherCustomer, w.otherNorthSite, w.tech1, false);
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      tech1.push("ChangeWorkOrderStatus", done, new ChangeWorkOrderStatus(s, null, null, null));
    }
    tech1.push("ChangeWorkOrderStatus", done, new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null, "Fixed", null));
    assertThat(north.push("ChangeWorkOrderStatus", done, new ChangeWorkOrderStatus(WorkOrderStatus.CLOSED, null, null,
        null)).status()).isEqualTo(MutationStatus.APPLIED);
    Replica before = tech1.pullAll(0);
    assertThat(server.server.sweeper().sweep(java.time.Instant.now())).as("still recent").isZero();

    assertThat(server.server.sweeper().sweep(java.time.Instant.now().plus(java.time.Duration.ofDays(31)))).isEqualTo(1);

    Replica after = tech1.pullAll(before.cursor);
    assertThat(after.changesSeen).isPositive();
    Replica fromZero = tech1.pullAll(0);
    assertThat(fromZero.ids("WorkOrder")).containsExactly(open);
    assertThat(fromZero.ids("Site")).containsExactly(w.otherNorthSite);
    assertThat(fromZero.ids("Equipment")).isEmpty();
    assertThat(fromZero.entities.values()).noneMatch(d -> d.has("workOrderId")
        && d.get("workOrderId").asText().equals(done.toString()));
    // a note on the closed job later on no longer reaches the technician; the office still sees all
    north.push("AddNote", done, new AddNote(Ids.newId(), "Invoice sent", false));
    assertThat(tech1.pullAll(0).ids("Note")).isEmpty();
    assertThat(north.pullAll(0).ids("WorkOrder")).contains(done, open);
  }

  @Test
  void theServerNumbersWorkOrdersOnFirstSync() {
    UUID a = createWorkOrder(north, w.customer, w.northSite, null, false);
    UUID b = createWorkOrder(north, w.customer, w.northSite, null, false);
    Replica r = north.pullAll(0);
    String na = r.get("WorkOrder", a).get("number").asText();
    String nb = r.get("WorkOrder", b).get("number").asText();
    assertThat(na).matches("WO-\\d{4}-000001");
    assertThat(nb).matches("WO-\\d{4}-000002");
  }

  @Test
  void aTechnicianTouchingAnothersJobIsRejectedAndNothingChanges() {
    UUID wo = createWorkOrder(north, w.customer, w.northSite, w.tech2, false);
    long cursor = server.as("admin").pullAll(0).cursor;

    MutationResult r = tech1.push("ChangeWorkOrderStatus", wo,
        new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null, null));

    assertThat(r.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(r.code()).isIn("NOT_YOUR_JOB", "NOT_FOUND");
    assertThat(r.reason()).isNotBlank();
    assertThat(server.as("admin").pullAll(0).cursor).isEqualTo(cursor);
  }

  @Test
  void aJobMovesThroughItsLifecycleAndAnImpossibleMoveIsExplained() {
    UUID wo = createWorkOrder(north, w.customer, w.northSite, w.tech1, false);
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      assertThat(tech1.push("ChangeWorkOrderStatus", wo, new ChangeWorkOrderStatus(s, null, null, null)).status())
          .isEqualTo(MutationStatus.APPLIED);
    }
    assertThat(tech1.push("ChangeWorkOrderStatus", wo, new ChangeWorkOrderStatus(WorkOrderStatus.ON_HOLD,
        OnHoldReason.WAITING_FOR_PARTS, null, null)).status()).isEqualTo(MutationStatus.APPLIED);
    assertThat(tech1.push("ChangeWorkOrderStatus", wo, new ChangeWorkOrderStatus(WorkOrderStatus.ON_SITE, null, null,
        null)).status()).isEqualTo(MutationStatus.APPLIED);
    assertThat(tech1.push("ChangeWorkOrderStatus", wo, new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null,
        "Replaced the valve", null)).status()).isEqualTo(MutationStatus.APPLIED);
    assertThat(north.push("ChangeWorkOrderStatus", wo, new ChangeWorkOrderStatus(WorkOrderStatus.CLOSED, null, null,
        null)).status()).isEqualTo(MutationStatus.APPLIED);

    ApiClient.Reply zh = tech1.call("POST", "/api/v1/sync/push", com.fieldops.common.json.Json.write(
        new com.fieldops.protocol.PushRequest(List.of(tech1.envelope("ChangeWorkOrderStatus", wo,
            new ChangeWorkOrderStatus(WorkOrderStatus.ON_SITE, null, null, null))))), "Accept-Language", "zh-CN");
    assertThat(zh.status()).isEqualTo(200);
    assertThat(zh.json().get("results").get(0).get("status").asText()).isEqualTo("REJECTED");
    assertThat(zh.json().get("results").get(0).get("reason").asText()).containsPattern("[\\u4e00-\\u9fff]");
    assertThat(north.pullAll(0).get("WorkOrder", wo).get("status").asText()).isEqualTo("CLOSED");
  }

  @Test
  void aConcurrentFieldEditLosesAndItsAuthorIsTold() {
    UUID wo = createWorkOrder(north, w.customer, w.northSite, w.tech1, false);
    TextNode original = TextNode.valueOf("Boiler leaks");
    MutationResult first = north.push("EditWorkOrder", wo, new EditWorkOrder(List.of(
        new FieldEdit("problem", original, TextNode.valueOf("Boiler leaks badly")))));
    MutationResult second = tech1.push("EditWorkOrder", wo, new EditWorkOrder(List.of(
        new FieldEdit("problem", original, TextNode.valueOf("Boiler leaks a little")),
        new FieldEdit("resolution", null, TextNode.valueOf("Tightened")))));

    assertThat(first.status()).isEqualTo(MutationStatus.APPLIED);
    assertThat(first.code()).isNull();
    assertThat(second.status()).isEqualTo(MutationStatus.APPLIED);
    assertThat(second.code()).isEqualTo("EDIT_PARTLY_LOST");
    assertThat(second.field()).isEqualTo("problem");
    assertThat(second.reason()).contains("Boiler leaks a little");
    var data = north.pullAll(0).get("WorkOrder", wo);
    assertThat(data.get("problem").asText()).isEqualTo("Boiler leaks badly");
    assertThat(data.get("resolution").asText()).isEqualTo("Tightened");
  }

  @Test
  void anAdminCanQueryTheAuditTrailAndOthersCannot() {
    UUID wo = createWorkOrder(north, w.customer, w.northSite, null, false);
    ApiClient admin = server.as("admin");
    ApiClient.Reply r = admin.get("/api/v1/audit?entityId=" + wo);
    assertThat(r.status()).isEqualTo(200);
    var entry = r.json().get("entries").get(0);
    assertThat(entry.get("type").asText()).isEqualTo("CreateWorkOrder");
    assertThat(entry.get("deviceId").asText()).isEqualTo("device-disp-north");
    assertThat(entry.has("recordedAt")).isTrue();
    assertThat(entry.has("receivedAt")).isTrue();
    assertThat(north.get("/api/v1/audit").status()).isEqualTo(403);
  }
}
