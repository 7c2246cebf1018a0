package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.fieldops.common.Ids;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.AssignWorkOrder;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.EditWorkOrder;
import com.fieldops.protocol.mutation.FieldEdit;
import com.fieldops.workorder.mutation.ReassignWorkOrder;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.Replica;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scope hardening through the real HTTP API, once per engine: records a job starts to reference
 * reach its technician, old finished jobs stay off phones, region rules on assignment and on every
 * record an office receives, and refusals that tell nothing of records outside the caller's scope.
 */
abstract class ScopeContract {
  TestServer server;
  World w;
  ApiClient north;
  ApiClient south;
  ApiClient tech1;
  ApiClient tech3;

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = TestServer.start(dialect());
    w = server.world;
    north = server.as("disp-north");
    south = server.as("disp-south");
    tech1 = server.as("tech1");
    tech3 = server.as("tech3");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  UUID createWorkOrder(ApiClient as, UUID site, UUID assignee) {
    return createWorkOrder(as, w.customer, site, assignee);
  }

  UUID createWorkOrder(ApiClient as, UUID customer, UUID site, UUID assignee) {
    UUID id = Ids.newId();
    MutationResult r = as.push("CreateWorkOrder", id, new CreateWorkOrder(customer, site, null, null,
        WorkOrderType.REPAIR, Priority.P2, null, "Boiler leaks", null, null, assignee));
    assertThat(r.status()).as(r.reason()).isEqualTo(MutationStatus.APPLIED);
    return id;
  }

  @Test
  void aContactOrMachineSetOnATechniciansJobReachesTheTechnicianWithTheJob() {
    UUID wo = createWorkOrder(north, w.northSite, w.tech1);
    Replica before = tech1.pullAll(0);
    assertThat(before.ids("Contact")).isEmpty();
    assertThat(before.ids("Equipment")).isEmpty();

    MutationResult edit = north.push("EditWorkOrder", wo, new EditWorkOrder(List.of(
        new FieldEdit("contactId", null, TextNode.valueOf(w.contact.toString())),
        new FieldEdit("equipmentId", null, TextNode.valueOf(w.equipment.toString())))));
    assertThat(edit.status()).as(edit.reason()).isEqualTo(MutationStatus.APPLIED);

    // the next pull brings the edited job and what it now points at
    Replica next = tech1.pullAll(before.cursor);
    assertThat(next.get("WorkOrder", wo).get("contactId").asText()).isEqualTo(w.contact.toString());
    assertThat(next.ids("Contact")).containsExactly(w.contact);
    assertThat(next.ids("Equipment")).containsExactly(w.equipment);
    assertThat(tech1.pullAll(0).ids("Contact")).containsExactly(w.contact);
    // the technician, who may set the contact on their own job, gets it just the same
    UUID other = createWorkOrder(north, w.northSite, w.tech1);
    long cursor = tech1.pullAll(0).cursor;
    assertThat(tech1.push("EditWorkOrder", other, new EditWorkOrder(List.of(
        new FieldEdit("contactId", null, TextNode.valueOf(w.contact.toString()))))).status())
        .isEqualTo(MutationStatus.APPLIED);
    assertThat(tech1.pullAll(cursor).ids("Contact")).containsExactly(w.contact);
    // parts are catalogue data: in every technician's scope whatever their jobs use
    assertThat(tech1.pullAll(0).ids("Part")).containsExactly(w.part);
  }

  @Test
  void aFinishedJobOlderThanTheWindowNeverReachesATechniciansFirstSync() {
    Instant now = Instant.now();
    Instant longAgo = now.minus(Duration.ofDays(60));
    UUID old = Ids.newId();
    UUID creator = server.adminId;
    // history as imported: stored today, finished 60 days ago
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(
        new WorkOrder(old, "WO-2026-000900", w.customer, w.northSite, w.contact, null, WorkOrderType.REPAIR,
            Priority.P3, WorkOrderStatus.CLOSED, null, w.tech1, null, "north", null, null, "Noisy fan", "Fixed",
            longAgo.minus(Duration.ofDays(2)), creator),
        new WorkOrderEvent.StatusChanged(Ids.newId(), old, creator, "console", longAgo, longAgo,
            WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED, null, null)));
    UUID recent = createWorkOrder(north, w.otherCustomer, w.otherNorthSite, w.tech1);

    assertThat(server.server.sweeper().sweep(now)).isEqualTo(1);

    Replica first = tech1.pullAll(0);
    assertThat(first.ids("WorkOrder")).containsExactly(recent);
    assertThat(first.ids("WorkOrderEvent")).allSatisfy(id ->
        assertThat(first.get("WorkOrderEvent", id).get("workOrderId").asText()).isEqualTo(recent.toString()));
    assertThat(first.ids("Contact")).isEmpty();
    // the office keeps it
    assertThat(north.pullAll(0).ids("WorkOrder")).contains(old, recent);
    assertThat(server.server.sweeper().sweep(now)).as("once").isZero();
  }

  @Test
  void aDispatcherCannotGiveAJobToATechnicianOfAnotherRegion() {
    UUID assigned = createWorkOrder(north, w.northSite, w.tech1);
    UUID fresh = createWorkOrder(north, w.northSite, null);
    long cursor = server.as("admin").pullAll(0).cursor;

    MutationResult reassign = north.push("ReassignWorkOrder", assigned, new ReassignWorkOrder(w.tech3, "closer"));
    MutationResult assign = north.push("AssignWorkOrder", fresh, new AssignWorkOrder(w.tech3));

    for (MutationResult r : List.of(reassign, assign)) {
      assertThat(r.status()).isEqualTo(MutationStatus.REJECTED);
      assertThat(r.code()).isEqualTo("TECHNICIAN_OTHER_REGION");
      assertThat(r.field()).isEqualTo("technicianId");
      assertThat(r.reason()).contains("Tia Three", "south", "north");
    }
    assertThat(server.as("admin").pullAll(0).cursor).isEqualTo(cursor);
    assertThat(tech3.pullAll(0).ids("WorkOrder")).isEmpty();
  }

  @Test
  void maintenancePlansReachOnlyTheOfficeOfTheirMachine() {
    UUID plan = Ids.newId();
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(new MaintenancePlan(plan,
        w.equipment, com.fieldops.equipment.model.PlanScope.MACHINE, "north", null, null, "Filter every 90 days",
        com.fieldops.equipment.model.PlanInterval.DAYS, 90, null, null, WorkOrderType.PREVENTIVE, Priority.P4, null, 60,
        null, LocalDate.of(2026, 1, 1), false, true)));

    assertThat(north.pullAll(0).ids("MaintenancePlan")).containsExactly(plan);
    assertThat(south.pullAll(0).ids("MaintenancePlan")).isEmpty();
    assertThat(tech3.pullAll(0).ids("MaintenancePlan")).isEmpty();
  }

  @Test
  void aTechniciansNoteOnAJobNotTheirsReadsLikeOneOnNoJobAtAll() {
    UUID sameRegion = createWorkOrder(north, w.northSite, w.tech2);
    UUID otherRegion = createWorkOrder(south, w.southSite, w.tech3);
    UUID nothing = Ids.newId();

    List<MutationResult> r = List.of(
        tech1.push("AddNote", sameRegion, new AddNote(Ids.newId(), "Hello", false)),
        tech1.push("AddNote", otherRegion, new AddNote(Ids.newId(), "Hello", false)),
        tech1.push("AddNote", nothing, new AddNote(Ids.newId(), "Hello", false)));

    List<UUID> asked = List.of(sameRegion, otherRegion, nothing);
    for (int i = 0; i < 3; i++) {
      assertThat(r.get(i).status()).isEqualTo(MutationStatus.REJECTED);
      assertThat(r.get(i).code()).isEqualTo("NOT_FOUND");
      assertThat(r.get(i).field()).isEqualTo("entityId");
      assertThat(r.get(i).reason().replace(asked.get(i).toString(), "<id>"))
          .isEqualTo(r.get(2).reason().replace(nothing.toString(), "<id>")).doesNotContain("WO-");
    }
  }

  @Test
  void aMutationIdAlreadyUsedByAnotherUserIsRefusedAndTheirOwnReplayStillApplies() {
    UUID wo = createWorkOrder(north, w.northSite, w.tech1);
    MutationEnvelope nora = north.envelope("AddNote", wo, new AddNote(Ids.newId(), "From the office", false));
    assertThat(north.push(List.of(nora)).results().get(0).status()).isEqualTo(MutationStatus.APPLIED);
    long cursor = server.as("admin").pullAll(0).cursor;

    MutationEnvelope tess = new MutationEnvelope(nora.id(), "AddNote", wo, null, "device-tech1", Instant.now(),
        com.fieldops.common.json.Json.mapper().valueToTree(new AddNote(Ids.newId(), "From the van", false)));
    MutationResult stolen = tech1.push(List.of(tess)).results().get(0);

    assertThat(stolen.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(stolen.code()).isEqualTo("MUTATION_ID_CONFLICT");
    assertThat(stolen.reason()).contains(nora.id().toString());
    assertThat(server.as("admin").pullAll(0).cursor).isEqualTo(cursor);
    assertThat(north.push(List.of(nora)).results().get(0).status()).isEqualTo(MutationStatus.APPLIED);
    // two users with one id in the same group: the first one's, the second refused
    MutationEnvelope shared = north.envelope("AddNote", wo, new AddNote(Ids.newId(), "Office again", false));
    MutationEnvelope copy = new MutationEnvelope(shared.id(), "AddNote", wo, null, "device-tech1", Instant.now(),
        com.fieldops.common.json.Json.mapper().valueToTree(new AddNote(Ids.newId(), "Van again", false)));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(() -> north.push(List.of(shared)).results().get(0));
      var b = pool.submit(() -> tech1.push(List.of(copy)).results().get(0));
      List<MutationResult> both = List.of(a.get(), b.get());
      assertThat(both).extracting(MutationResult::status)
          .containsExactlyInAnyOrder(MutationStatus.APPLIED, MutationStatus.REJECTED);
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      pool.shutdownNow();
    }
    assertThat(north.pullAll(0).ids("Note")).hasSize(2);
  }

  /** Walks a job its technician holds from ASSIGNED to ON_SITE. */
  void onSite(ApiClient tech, UUID wo) {
    for (WorkOrderStatus to : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      MutationResult r = tech.push("ChangeWorkOrderStatus", wo,
          new com.fieldops.workorder.mutation.ChangeWorkOrderStatus(to, null, null, null));
      assertThat(r.status()).as(r.reason()).isEqualTo(MutationStatus.APPLIED);
    }
  }

  @Test
  void aTechnicianGivenAJobOnAMachineReceivesItsWholeHistoryEarlierVisitsIncluded() {
    // earlier history: a reading the office entered, and tech2's completed visit with its details
    MutationResult office = north.push("RecordMeterReading", w.equipment,
        new com.fieldops.equipment.mutation.RecordMeterReading(new java.math.BigDecimal("100"), "h", null, null));
    assertThat(office.status()).as(office.reason()).isEqualTo(MutationStatus.APPLIED);
    ApiClient tech2 = server.as("tech2");
    UUID earlier = Ids.newId();
    MutationResult created = north.push("CreateWorkOrder", earlier, new CreateWorkOrder(w.customer, w.northSite, null,
        w.equipment, WorkOrderType.REPAIR, Priority.P2, null, "No heat", null, null, w.tech2));
    assertThat(created.status()).as(created.reason()).isEqualTo(MutationStatus.APPLIED);
    onSite(tech2, earlier);
    Instant start = Instant.now().minus(Duration.ofMinutes(100));
    assertThat(tech2.push("AddTimeEntry", earlier, new com.fieldops.workorder.mutation.AddTimeEntry(Ids.newId(), null,
        com.fieldops.workorder.model.TimeEntryKind.LABOUR, start, start.plus(Duration.ofMinutes(90)), true, null))
        .status()).isEqualTo(MutationStatus.APPLIED);
    // a technician on site need not name the job: their open job on the machine is found
    assertThat(tech2.push("RecordMeterReading", w.equipment, new com.fieldops.equipment.mutation.RecordMeterReading(
        new java.math.BigDecimal("130.5"), "h", null, null)).status()).isEqualTo(MutationStatus.APPLIED);
    MutationResult done = tech2.push("CompleteWorkOrder", earlier, new com.fieldops.workorder.mutation.CompleteWorkOrder(
        "Replaced the ignition electrode", "IGN-02", false, true, null));
    assertThat(done.status()).as(done.reason()).isEqualTo(MutationStatus.APPLIED);
    long cursor = tech1.pullAll(0).cursor;
    assertThat(tech1.pullAll(0).ids("EquipmentEvent")).isEmpty();

    UUID job = createWorkOrder(north, w.northSite, w.tech1);
    assertThat(north.push("EditWorkOrder", job, new EditWorkOrder(List.of(
        new FieldEdit("equipmentId", null, TextNode.valueOf(w.equipment.toString()))))).status())
        .isEqualTo(MutationStatus.APPLIED);
    UUID second = Ids.newId();
    assertThat(north.push("CreateWorkOrder", second, new CreateWorkOrder(w.customer, w.northSite, null, w.equipment,
        WorkOrderType.INSPECTION, Priority.P3, null, "Yearly check", null, null, w.tech1)).status())
        .isEqualTo(MutationStatus.APPLIED);

    // the pull after the job arrived brings the machine's three history lines, and so does a first sync
    for (Replica r : List.of(tech1.pullAll(cursor), tech1.pullAll(0))) {
      assertThat(r.ids("EquipmentEvent")).hasSize(3);
      List<com.fasterxml.jackson.databind.JsonNode> lines = r.ids("EquipmentEvent").stream()
          .map(id -> r.get("EquipmentEvent", id)).toList();
      com.fasterxml.jackson.databind.JsonNode visit = lines.stream()
          .filter(l -> earlier.toString().equals(l.path("workOrderId").asText()) && l.hasNonNull("details"))
          .findFirst().orElseThrow();
      assertThat(visit.get("summary").asText()).isEqualTo("Replaced the ignition electrode");
      assertThat(visit.get("details").get("failureCode").asText()).isEqualTo("IGN-02");
      assertThat(visit.get("details").get("firstTimeFix").asBoolean()).isFalse();
      assertThat(visit.get("details").get("followUpNeeded").asBoolean()).isTrue();
      assertThat(visit.get("details").get("labourMinutes").asLong()).isEqualTo(90);
      assertThat(visit.get("details").get("meterReading").decimalValue()).isEqualByComparingTo("130.5");
    }
    // nobody outside: the south technician holds no job on it
    assertThat(tech3.pullAll(0).ids("EquipmentEvent")).isEmpty();
  }
}
