package com.fieldops.protocol.registry;

import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.DerivedIds;
import com.fieldops.fixtures.MapLookup;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.FieldEdit;
import com.fieldops.protocol.mutation.LostEdit;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.AssignWorkOrder;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.EditWorkOrder;
import com.fieldops.workorder.mutation.ReassignWorkOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.fieldops.common.Ids;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationEnvelope;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure mutation functions, as the server and the replica both run them. */
class MutationFunctionsTest {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  final Map<UUID, Object> state = new HashMap<>();
  final EntityLookup lookup = MapLookup.over(state);
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();
  final UUID tech = Ids.newId();
  final UUID otherTech = Ids.newId();
  final Actor dispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");
  final Actor southDispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "south");
  final Actor technician = new Actor(Ids.newId(), Role.TECHNICIAN, tech, null);
  final Actor otherTechnician = new Actor(Ids.newId(), Role.TECHNICIAN, otherTech, null);

  MutationFunctionsTest() {
    Address a = new Address("1 Main St", "1000", "Springfield", null, "US");
    put(new Customer(customer, "Acme", null, null, null, a, "en"));
    put(new Site(site, customer, "HQ", a, ZoneId.of("UTC"), null, "north", null));
    put(new Technician(tech, null, "Tess", null, null, "north", List.of(), null, ZoneId.of("UTC"), List.of(), List.of(),
        true));
    put(new Technician(otherTech, null, "Tom", null, null, "north", List.of(), null, ZoneId.of("UTC"), List.of(),
        List.of(), true));
  }

  void put(Object entity) {
    state.put(EntityNames.idOf(entity), entity);
  }

  Outcome apply(Actor actor, String type, UUID entityId, Object payload) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), type, entityId, null, "phone", NOW.minusSeconds(60),
        Json.mapper().valueToTree(payload));
    Outcome o = Mutations.apply(env, actor, NOW, lookup, Locale.ENGLISH);
    if (o instanceof Outcome.Applied a) {
      a.writes().forEach(this::put);
    }
    return o;
  }

  UUID createAssigned(UUID assignee) {
    UUID id = Ids.newId();
    Outcome o = apply(dispatcher, "CreateWorkOrder", id, new CreateWorkOrder(customer, site, null, null,
        WorkOrderType.REPAIR, Priority.P2, null, "Leak", null, null, assignee));
    assertThat(o).isInstanceOf(Outcome.Applied.class);
    return id;
  }

  static Rejection rejection(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  @Test
  void creatingAWorkOrderWritesItsCreationHistoryWithTheDeviceTime() {
    UUID id = createAssigned(tech);
    WorkOrder wo = (WorkOrder) state.get(id);
    assertThat(wo.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    assertThat(wo.region()).isEqualTo("north");
    assertThat(wo.createdAt()).isEqualTo(NOW.minusSeconds(60));
    assertThat(state.values()).filteredOn(WorkOrderEvent.Assigned.class::isInstance).hasSize(1);
  }

  @Test
  void aDeviceClockAheadOfTheServerIsBoundedByTheReceiveTime() {
    UUID id = Ids.newId();
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), "CreateWorkOrder", id, null, "phone",
        NOW.plusSeconds(240), Json.mapper().valueToTree(new CreateWorkOrder(customer, site, null, null,
        WorkOrderType.REPAIR, Priority.P2, null, "Leak", null, null, null)));
    Outcome.Applied a = (Outcome.Applied) Mutations.apply(env, dispatcher, NOW, lookup, Locale.ENGLISH);
    assertThat(((WorkOrder) a.writes().get(0)).createdAt()).isEqualTo(NOW);
  }

  @Test
  void aDeviceClockFarOutsideTheWindowRejectsTheMutationNamingRecordedAt() {
    for (Instant recordedAt : List.of(NOW.plusSeconds(3600), Instant.parse("1999-12-31T23:59:59Z"),
        Instant.parse("-200000000-01-01T00:00:00Z"))) {
      MutationEnvelope env = new MutationEnvelope(Ids.newId(), "CreateWorkOrder", Ids.newId(), null, "phone",
          recordedAt, Json.mapper().valueToTree(new CreateWorkOrder(customer, site, null, null,
          WorkOrderType.REPAIR, Priority.P2, null, "Leak", null, null, null)));
      Rejection r = rejection(Mutations.apply(env, dispatcher, NOW, lookup, Locale.ENGLISH));
      assertThat(r.code()).isEqualTo(Codes.INVALID);
      assertThat(r.field()).isEqualTo("recordedAt");
    }
  }

  @Test
  void anotherRegionsSiteLooksUnknown() {
    Rejection r = rejection(apply(southDispatcher, "CreateWorkOrder", Ids.newId(), new CreateWorkOrder(customer, site,
        null, null, WorkOrderType.REPAIR, Priority.P2, null, "Leak", null, null, null)));
    assertThat(r.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(r.field()).isEqualTo("siteId");
  }

  @Test
  void aTechnicianCannotMoveSomebodyElsesJobAndLearnsNothingOfIt() {
    UUID id = createAssigned(otherTech);
    Rejection r = rejection(apply(technician, "ChangeWorkOrderStatus", id,
        new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null, null)));
    Rejection unknown = rejection(apply(technician, "ChangeWorkOrderStatus", Ids.newId(),
        new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null, null)));
    // another technician's job reads exactly like a job that does not exist: no number, no hint
    assertThat(r.code()).isEqualTo(Codes.NOT_FOUND).isEqualTo(unknown.code());
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("does not exist or is not visible to you")
        .doesNotContain("WO-");
  }

  @Test
  void aStatusMoveToAssignedWithoutATechnicianIsRefusedAndChangesNothing() {
    UUID id = createAssigned(null);
    Object before = state.get(id);
    Rejection r = rejection(apply(dispatcher, "ChangeWorkOrderStatus", id,
        new ChangeWorkOrderStatus(WorkOrderStatus.ASSIGNED, null, null, null)));
    assertThat(r.code()).isEqualTo(Codes.INVALID);
    assertThat(r.field()).isEqualTo("to");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("Assign").contains("technician first");
    assertThat(state.get(id)).isEqualTo(before);
  }

  @Test
  void aDispatcherMayNotMakeAFieldMoveAndIsToldInChinese() {
    UUID id = createAssigned(tech);
    Rejection r = rejection(apply(dispatcher, "ChangeWorkOrderStatus", id,
        new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null, null)));
    assertThat(r.code()).isEqualTo(Codes.FORBIDDEN);
    assertThat(Mutations.describe(r, Locale.forLanguageTag("zh-CN"))).containsPattern("[\\u4e00-\\u9fff]");
  }

  @Test
  void startTravelAndArriveKeepWhereThePhoneWasOnTheHistoryEntry() {
    UUID id = createAssigned(tech);
    apply(technician, "ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null, null));
    com.fieldops.common.GeoPoint berlin = new com.fieldops.common.GeoPoint(52.52001, 13.40495);
    assertThat(apply(technician, "ChangeWorkOrderStatus", id,
        new ChangeWorkOrderStatus(WorkOrderStatus.EN_ROUTE, null, null, null, berlin))).isInstanceOf(Outcome.Applied.class);
    assertThat(state.values()).filteredOn(WorkOrderEvent.StatusChanged.class::isInstance)
        .map(e -> (WorkOrderEvent.StatusChanged) e).filteredOn(e -> e.to() == WorkOrderStatus.EN_ROUTE)
        .singleElement().satisfies(e -> {
          assertThat(e.position()).isEqualTo(berlin);
          assertThat(e.comment()).isNull();
        });
  }

  @Test
  void absurdCoordinatesAreRefusedNamingTheFieldAndChangeNothing() {
    UUID id = createAssigned(tech);
    apply(technician, "ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null, null));
    Object before = state.get(id);
    for (var bad : List.of(new com.fieldops.common.GeoPoint(152.5, 13.4),
        new com.fieldops.common.GeoPoint(52.5, -213.4))) {
      Rejection r = rejection(apply(technician, "ChangeWorkOrderStatus", id,
          new ChangeWorkOrderStatus(WorkOrderStatus.EN_ROUTE, null, null, null, bad)));
      assertThat(r.code()).isEqualTo(Codes.INVALID);
      assertThat(r.field()).startsWith("position.");
    }
    assertThat(state.get(id)).isEqualTo(before);
  }

  @Test
  void aJobGoesOnlyToATechnicianOfItsRegion() {
    UUID southTech = Ids.newId();
    put(new Technician(southTech, null, "Sam", null, null, "south", List.of(), null, ZoneId.of("UTC"), List.of(),
        List.of(), true));
    UUID assigned = createAssigned(tech);
    UUID fresh = createAssigned(null);

    Rejection reassign = rejection(apply(dispatcher, "ReassignWorkOrder", assigned,
        new ReassignWorkOrder(southTech, "closer")));
    Rejection assign = rejection(apply(dispatcher, "AssignWorkOrder", fresh, new AssignWorkOrder(southTech)));
    Rejection create = rejection(apply(dispatcher, "CreateWorkOrder", Ids.newId(), new CreateWorkOrder(customer, site,
        null, null, WorkOrderType.REPAIR, Priority.P2, null, "Leak", null, null, southTech)));

    assertThat(List.of(reassign, assign, create)).extracting(Rejection::code)
        .containsOnly(Codes.TECHNICIAN_OTHER_REGION);
    assertThat(reassign.field()).isEqualTo("technicianId");
    assertThat(create.field()).isEqualTo("assigneeId");
    assertThat(Mutations.describe(reassign, Locale.ENGLISH)).contains("Sam", "south", "north");
    assertThat(Mutations.describe(reassign, Locale.forLanguageTag("zh-CN"))).contains("south")
        .containsPattern("[\\u4e00-\\u9fff]");
    assertThat(((WorkOrder) state.get(assigned)).assigneeId()).isEqualTo(tech);
  }

  @Test
  void reassignmentReturnsTheJobToAssignedWithItsHistory() {
    UUID id = createAssigned(tech);
    apply(technician, "ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null,
        null));
    Outcome.Applied a = (Outcome.Applied) apply(dispatcher, "ReassignWorkOrder", id,
        new ReassignWorkOrder(otherTech, "sick"));
    WorkOrder wo = (WorkOrder) state.get(id);
    assertThat(wo.assigneeId()).isEqualTo(otherTech);
    assertThat(wo.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    assertThat(a.writes()).hasAtLeastOneElementOfType(WorkOrderEvent.StatusChanged.class);
  }

  @Test
  void fieldEditsResolveInServerOrderAndTheLoserIsNamed() {
    UUID id = createAssigned(tech);
    apply(dispatcher, "EditWorkOrder", id, new EditWorkOrder(List.of(new FieldEdit("problem", TextNode.valueOf("Leak"),
        TextNode.valueOf("Big leak")))));
    Outcome o = apply(technician, "EditWorkOrder", id, new EditWorkOrder(List.of(
        new FieldEdit("problem", TextNode.valueOf("Leak"), TextNode.valueOf("Small leak")),
        new FieldEdit("resolution", null, TextNode.valueOf("Sealed")))));
    Outcome.Applied a = (Outcome.Applied) o;
    assertThat(a.lostEdits()).extracting(LostEdit::field).containsExactly("problem");
    assertThat(((WorkOrder) state.get(id)).problem()).isEqualTo("Big leak");
    assertThat(((WorkOrder) state.get(id)).resolution()).isEqualTo("Sealed");
    Rejection allLost = rejection(apply(technician, "EditWorkOrder", id, new EditWorkOrder(List.of(
        new FieldEdit("problem", TextNode.valueOf("Leak"), TextNode.valueOf("Tiny leak"))))));
    assertThat(allLost.code()).isEqualTo(Codes.EDIT_CONFLICT);
  }

  @Test
  void aCancelledJobIsARecordItsFieldsCannotBeEditedButANoteCanBeAdded() {
    UUID id = createAssigned(tech);
    apply(dispatcher, "ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(WorkOrderStatus.CANCELLED, null, null,
        "Customer withdrew"));
    Object before = state.get(id);
    Rejection r = rejection(apply(dispatcher, "EditWorkOrder", id, new EditWorkOrder(List.of(
        new FieldEdit("priority", TextNode.valueOf("P2"), TextNode.valueOf("P1"))))));
    assertThat(r.code()).isEqualTo(Codes.NOT_EDITABLE);
    assertThat(r.field()).isEqualTo("status");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("can no longer be edited");
    assertThat(Mutations.describe(r, Locale.forLanguageTag("zh-CN"))).contains("不能再编辑");
    assertThat(state.get(id)).isEqualTo(before);
    assertThat(apply(dispatcher, "AddNote", id, new AddNote(Ids.newId(), "Customer called again", false)))
        .isInstanceOf(Outcome.Applied.class);
  }

  static final Instant TEN = Instant.parse("2026-03-03T10:00:00Z");
  static final Instant NOON = Instant.parse("2026-03-03T12:00:00Z");

  @Test
  void oneAssignIntentAssignsANewJobAndSchedulesItInOneMutation() {
    UUID id = createAssigned(null);
    Outcome.Applied a = (Outcome.Applied) apply(dispatcher, "AssignWorkOrder", id,
        new AssignWorkOrder(tech, TEN, NOON, null));
    WorkOrder wo = (WorkOrder) state.get(id);
    assertThat(wo.assigneeId()).isEqualTo(tech);
    assertThat(wo.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    assertThat(wo.scheduledStart()).isEqualTo(TEN);
    assertThat(wo.scheduledEnd()).isEqualTo(NOON);
    assertThat(a.writes()).hasAtLeastOneElementOfType(WorkOrderEvent.Assigned.class)
        .filteredOn(WorkOrderEvent.FieldEdited.class::isInstance).hasSize(2);
  }

  @Test
  void theSameIntentOnAJobInTheFieldHandsItOverInTheSameSlot() {
    UUID id = createAssigned(null);
    apply(dispatcher, "AssignWorkOrder", id, new AssignWorkOrder(tech, TEN, NOON, null));
    apply(technician, "ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null,
        null));
    // another technician, the very same window: a reassignment, not "nothing to change"
    Outcome.Applied a = (Outcome.Applied) apply(dispatcher, "AssignWorkOrder", id,
        new AssignWorkOrder(otherTech, TEN, NOON, "Tess is ill"));
    WorkOrder wo = (WorkOrder) state.get(id);
    assertThat(wo.assigneeId()).isEqualTo(otherTech);
    assertThat(wo.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    assertThat(wo.scheduledStart()).isEqualTo(TEN);
    assertThat(a.writes()).noneMatch(WorkOrderEvent.FieldEdited.class::isInstance)
        .anySatisfy(w -> assertThat(w).isInstanceOfSatisfying(WorkOrderEvent.StatusChanged.class,
            e -> assertThat(e.comment()).isEqualTo("Tess is ill")));
  }

  @Test
  void theSameTechnicianAtAnotherTimeIsOnlyRescheduledAndAtTheSameTimeIsNothingToDo() {
    UUID id = createAssigned(null);
    apply(dispatcher, "AssignWorkOrder", id, new AssignWorkOrder(tech, TEN, NOON, null));
    apply(technician, "ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(WorkOrderStatus.ACCEPTED, null, null,
        null));
    Outcome.Applied moved = (Outcome.Applied) apply(dispatcher, "AssignWorkOrder", id,
        new AssignWorkOrder(tech, NOON, NOON.plusSeconds(7200), null));
    WorkOrder wo = (WorkOrder) state.get(id);
    assertThat(wo.status()).as("the technician keeps the job as accepted").isEqualTo(WorkOrderStatus.ACCEPTED);
    assertThat(wo.scheduledStart()).isEqualTo(NOON);
    assertThat(moved.writes()).noneMatch(WorkOrderEvent.Assigned.class::isInstance);

    Object before = state.get(id);
    Rejection same = rejection(apply(dispatcher, "AssignWorkOrder", id,
        new AssignWorkOrder(tech, NOON, NOON.plusSeconds(7200), null)));
    assertThat(same.code()).isEqualTo(Codes.UNCHANGED);
    assertThat(Mutations.describe(same, Locale.ENGLISH)).contains("already assigned to this technician");
    assertThat(state.get(id)).isEqualTo(before);
  }

  @Test
  void aWindowWithoutItsEndIsRefusedAndChangesNothing() {
    UUID id = createAssigned(null);
    Object before = state.get(id);
    Rejection r = rejection(apply(dispatcher, "AssignWorkOrder", id, new AssignWorkOrder(tech, TEN, null, null)));
    assertThat(r.code()).isEqualTo(Codes.INVALID);
    assertThat(r.field()).isEqualTo("scheduledEnd");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("give both or neither");
    assertThat(state.get(id)).isEqualTo(before);
  }

  @Test
  void mutationsRecordedByEarlierConsolesStillApply() {
    UUID id = createAssigned(null);
    // AssignWorkOrder {technicianId} alone, as consoles before 0012 wrote it
    var legacyAssign = Json.mapper().createObjectNode().put("technicianId", tech.toString());
    assertThat(apply(dispatcher, "AssignWorkOrder", id, legacyAssign)).isInstanceOf(Outcome.Applied.class);
    assertThat(((WorkOrder) state.get(id)).assigneeId()).isEqualTo(tech);
    assertThat(((WorkOrder) state.get(id)).scheduledStart()).isNull();
    // ReassignWorkOrder keeps its refusals: the same technician, and a job never assigned
    assertThat(rejection(apply(dispatcher, "ReassignWorkOrder", id, new ReassignWorkOrder(tech, null))).code())
        .isEqualTo(Codes.UNCHANGED);
    UUID fresh = createAssigned(null);
    assertThat(Mutations.describe(rejection(apply(dispatcher, "ReassignWorkOrder", fresh,
        new ReassignWorkOrder(tech, null))), Locale.ENGLISH)).contains("can no longer be reassigned");
    // and the schedule edit that followed the assignment
    assertThat(apply(dispatcher, "EditWorkOrder", id, new EditWorkOrder(List.of(
        new FieldEdit("scheduledStart", null, TextNode.valueOf(TEN.toString())),
        new FieldEdit("scheduledEnd", null, TextNode.valueOf(NOON.toString())))))).isInstanceOf(Outcome.Applied.class);
    assertThat(((WorkOrder) state.get(id)).scheduledEnd()).isEqualTo(NOON);
  }

  @Test
  void aFinishedJobCannotBeAssignedAtAll() {
    UUID cancelled = createAssigned(null);
    apply(dispatcher, "ChangeWorkOrderStatus", cancelled, new ChangeWorkOrderStatus(WorkOrderStatus.CANCELLED, null,
        null, "Duplicate request"));
    Object before = state.get(cancelled);
    Rejection finished = rejection(apply(dispatcher, "AssignWorkOrder", cancelled, new AssignWorkOrder(tech)));
    assertThat(finished.code()).isEqualTo(Codes.TRANSITION_NOT_ALLOWED);
    assertThat(Mutations.describe(finished, Locale.ENGLISH)).contains("Cancelled").contains("can no longer be assigned")
        .doesNotContain("reassign");
    assertThat(Mutations.describe(finished, Locale.forLanguageTag("zh-CN"))).contains("无法再分配");
    assertThat(state.get(cancelled)).isEqualTo(before);
  }

  @Test
  void whetherAJobIsStillEditableIsOneRuleForEveryStatus() {
    for (WorkOrderStatus status : WorkOrderStatus.values()) {
      boolean finished = status == WorkOrderStatus.CLOSED || status == WorkOrderStatus.CANCELLED;
      assertThat(com.fieldops.workorder.workflow.WorkOrderWorkflow.isEditable(status)).as(status.name()).isEqualTo(!finished);
    }
  }

  @Test
  void derivedIdsAreTheSameWhereverTheMutationIsAppliedAndTimeOrdered() {
    UUID mutation = Ids.newId();
    assertThat(DerivedIds.of(mutation, 0)).isEqualTo(DerivedIds.of(mutation, 0)).isNotEqualTo(DerivedIds.of(mutation, 1));
    assertThat(DerivedIds.of(mutation, 0).version()).isEqualTo(7);
    assertThat(Ids.timestampOf(DerivedIds.of(mutation, 3))).isEqualTo(Ids.timestampOf(mutation));
  }

  @Test
  void anUnknownTypeOrABadPayloadIsUndecodableNamingTheField() {
    assertThat(Mutations.decode("Nope", Json.mapper().createObjectNode(), Locale.ENGLISH))
        .isInstanceOf(Mutations.Undecodable.class);
    var bad = Json.mapper().createObjectNode().put("technicianId", 42);
    Mutations.Undecodable u = (Mutations.Undecodable) Mutations.decode("AssignWorkOrder", bad, Locale.ENGLISH);
    assertThat(u.field()).isEqualTo("payload.technicianId");
  }

  @Test
  void everyRegisteredTypeIsNamedAfterItsPayloadRecord() {
    assertThat(MutationRegistry.names()).contains("CreateWorkOrder", "EditWorkOrder", "AssignWorkOrder",
        "ReassignWorkOrder", "ChangeWorkOrderStatus", "AddNote", "AddTimeEntry", "UpsertCustomer", "UpsertSite",
        "UpsertContact", "UpsertEquipment", "UpsertTechnician");
    for (String name : MutationRegistry.names()) {
      assertThat(MutationRegistry.byName(name).orElseThrow().payloadType().getSimpleName()).isEqualTo(name);
    }
  }
}
