package com.fieldops.workorder.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.equipment.model.ServiceDetails;
import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.LookupFields;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Checklists from templates, ticking them, and what completing a job writes (issue 13 items 5 and 7). */
class ChecklistsAndCompletionTest {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  final Map<UUID, Object> state = new HashMap<>();
  final EntityLookup lookup = new EntityLookup() {
    @Override
    public <T> Optional<T> find(Class<T> type, UUID id) {
      Object o = id == null ? null : state.get(id);
      return type.isInstance(o) ? Optional.of(type.cast(o)) : Optional.empty();
    }

    @Override
    public <T> List<T> findAllBy(Class<T> type, String field, Object value) {
      LookupFields.require(EntityNames.of(type), field);
      return LookupFields.filter(state.values(), type, field, value);
    }
  };
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();
  final UUID machine = Ids.newId();
  final UUID tech = Ids.newId();
  final Actor dispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");
  final Actor southDispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "south");
  final Actor admin = new Actor(Ids.newId(), Role.ADMIN, null, null);
  final Actor technician = new Actor(Ids.newId(), Role.TECHNICIAN, tech, null);
  final Actor otherTechnician = new Actor(Ids.newId(), Role.TECHNICIAN, Ids.newId(), null);

  ChecklistsAndCompletionTest() {
    Address a = new Address("1 Main St", "1000", "Springfield", null, "US");
    put(new Customer(customer, "Acme", null, null, null, a, "en"));
    put(new Site(site, customer, "HQ", a, ZoneId.of("UTC"), null, "north", null));
    put(new Equipment(machine, customer, site, "SN-7", "Viessmann", "Vitodens 200", "boiler", LocalDate.of(2022, 5, 1),
        null, EquipmentStatus.ACTIVE));
    put(new Technician(tech, null, "Tess", null, null, "north", List.of(), null, ZoneId.of("UTC"), List.of(), List.of(),
        true));
  }

  void put(Object entity) {
    state.put(EntityNames.idOf(entity), entity);
  }

  Outcome apply(Actor actor, String type, UUID entityId, Object payload) {
    return apply(actor, type, entityId, payload, NOW.minusSeconds(60), Locale.ENGLISH);
  }

  Outcome apply(Actor actor, String type, UUID entityId, Object payload, Instant at, Locale locale) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), type, entityId, null, "phone", at,
        Json.mapper().valueToTree(payload));
    Outcome o = Mutations.apply(env, actor, NOW, lookup, locale);
    if (o instanceof Outcome.Applied a) {
      a.writes().forEach(this::put);
    }
    return o;
  }

  static Rejection rejection(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  static void applied(Outcome o) {
    assertThat(o).as(o instanceof Outcome.Rejected r ? r.rejection().toString() : "").isInstanceOf(Outcome.Applied.class);
  }

  static ChecklistTemplate.Item item(String text, boolean required, ChecklistAnswerKind kind, String unit) {
    return new ChecklistTemplate.Item(Ids.newId(), text, required, kind, unit);
  }

  ChecklistTemplate template(Actor by, String title, WorkOrderType type, String model, String region, boolean active,
      ChecklistTemplate.Item... items) {
    ChecklistTemplate t = new ChecklistTemplate(Ids.newId(), title, type, model, region, List.of(items), active);
    applied(apply(by, "UpsertChecklistTemplate", t.id(), new UpsertChecklistTemplate(t)));
    return t;
  }

  UUID job(UUID equipment, UUID templateId) {
    UUID id = Ids.newId();
    applied(apply(dispatcher, "CreateWorkOrder", id, new CreateWorkOrder(customer, site, null, equipment,
        WorkOrderType.REPAIR, Priority.P2, null, "No heat", null, null, tech, templateId)));
    return id;
  }

  void onSite(UUID wo) {
    put(((WorkOrder) state.get(wo)).withStatus(WorkOrderStatus.ON_SITE, null));
  }

  List<Checklist> checklists(UUID wo) {
    return lookup.findAllBy(Checklist.class, "workOrderId", wo);
  }

  @Test
  void aNewJobGetsTheChecklistsOfItsTypeOfItsMachinesModelAndTheOneItNames() {
    ChecklistTemplate repair = template(dispatcher, "Repair safety", WorkOrderType.REPAIR, null, "north", true,
        item("Isolate the supply", true, ChecklistAnswerKind.NONE, null));
    ChecklistTemplate model = template(admin, "Vitodens checks", null, "Vitodens 200", null, true,
        item("Flue pressure", true, ChecklistAnswerKind.VALUE, "mbar"));
    ChecklistTemplate planned = template(dispatcher, "Yearly service", WorkOrderType.PREVENTIVE, null, "north", true,
        item("Clean the burner", false, ChecklistAnswerKind.NOTE, null));
    template(southDispatcher, "South repair", WorkOrderType.REPAIR, null, "south", true,
        item("Other region", true, ChecklistAnswerKind.NONE, null));
    template(dispatcher, "Old repair", WorkOrderType.REPAIR, null, "north", false,
        item("Retired step", true, ChecklistAnswerKind.NONE, null));

    UUID wo = job(machine, planned.id());

    assertThat(checklists(wo)).extracting(Checklist::title)
        .containsExactlyInAnyOrder("Repair safety", "Vitodens checks", "Yearly service");
    assertThat(checklists(wo)).extracting(Checklist::id).containsExactlyInAnyOrder(
        Checklists.checklistId(wo, repair.id()), Checklists.checklistId(wo, model.id()),
        Checklists.checklistId(wo, planned.id()));
    ChecklistItem pressure = state.values().stream().filter(Checklist.class::isInstance).map(Checklist.class::cast)
        .filter(c -> c.title().equals("Vitodens checks")).findFirst().orElseThrow().items().get(0);
    assertThat(pressure.answerKind()).isEqualTo(ChecklistAnswerKind.VALUE);
    assertThat(pressure.unit()).isEqualTo("mbar");
    assertThat(pressure.done()).isFalse();
    // a job without a machine gets only its type's
    assertThat(checklists(job(null, null))).extracting(Checklist::title).containsExactly("Repair safety");
  }

  @Test
  void aNamedTemplateOfAnotherRegionIsRefusedNamingIt() {
    ChecklistTemplate south = template(southDispatcher, "South only", WorkOrderType.INSPECTION, null, "south", true,
        item("Look", true, ChecklistAnswerKind.NONE, null));
    Outcome o = apply(dispatcher, "CreateWorkOrder", Ids.newId(), new CreateWorkOrder(customer, site, null, null,
        WorkOrderType.REPAIR, Priority.P2, null, "No heat", null, null, null, south.id()));
    assertThat(rejection(o).code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(rejection(o).field()).isEqualTo("checklistTemplateId");
  }

  @Test
  void onlyTheRegionsOfficeOrAnAdminWritesATemplateAndItTargetsOneTypeOrOneModel() {
    ChecklistTemplate t = new ChecklistTemplate(Ids.newId(), "T", WorkOrderType.REPAIR, null, "north",
        List.of(item("Step", true, ChecklistAnswerKind.NONE, null)), true);
    assertThat(rejection(apply(southDispatcher, "UpsertChecklistTemplate", t.id(), new UpsertChecklistTemplate(t)))
        .code()).isEqualTo(Codes.FORBIDDEN);
    assertThat(rejection(apply(technician, "UpsertChecklistTemplate", t.id(), new UpsertChecklistTemplate(t)))
        .code()).isEqualTo(Codes.FORBIDDEN);
    ChecklistTemplate everywhere = new ChecklistTemplate(Ids.newId(), "T", WorkOrderType.REPAIR, null, null,
        t.items(), true);
    assertThat(rejection(apply(dispatcher, "UpsertChecklistTemplate", everywhere.id(),
        new UpsertChecklistTemplate(everywhere))).field()).isEqualTo("template.region");
    ChecklistTemplate both = new ChecklistTemplate(Ids.newId(), "T", WorkOrderType.REPAIR, "X1", "north", t.items(),
        true);
    Rejection r = rejection(apply(dispatcher, "UpsertChecklistTemplate", both.id(), new UpsertChecklistTemplate(both)));
    assertThat(r.field()).isEqualTo("template.workOrderType");
    applied(apply(dispatcher, "UpsertChecklistTemplate", t.id(), new UpsertChecklistTemplate(t)));
  }

  @Test
  void ticksFitTheItemsKindAndAnOutOfKindAnswerIsRefusedNamingItsField() {
    template(admin, "Vitodens checks", null, "Vitodens 200", null, true,
        item("Flue pressure", true, ChecklistAnswerKind.VALUE, "mbar"),
        item("Isolate the supply", true, ChecklistAnswerKind.NONE, null),
        item("What was found", false, ChecklistAnswerKind.NOTE, null));
    UUID wo = job(machine, null);
    Checklist list = checklists(wo).get(0);
    UUID pressure = list.items().get(0).id();
    UUID isolate = list.items().get(1).id();
    UUID found = list.items().get(2).id();

    assertThat(rejection(apply(technician, "TickChecklistItem", list.id(),
        new TickChecklistItem(isolate, true, new BigDecimal("3"), null))).field()).isEqualTo("value");
    assertThat(rejection(apply(technician, "TickChecklistItem", list.id(),
        new TickChecklistItem(pressure, true, null, "fine"))).field()).isEqualTo("note");
    Rejection noValue = rejection(apply(technician, "TickChecklistItem", list.id(),
        new TickChecklistItem(pressure, true, null, null)));
    assertThat(noValue.field()).isEqualTo("value");
    assertThat(Mutations.describe(noValue, Locale.ENGLISH)).contains("Flue pressure").contains("mbar");
    assertThat(rejection(apply(technician, "TickChecklistItem", list.id(),
        new TickChecklistItem(found, true, null, null))).field()).isEqualTo("note");
    assertThat(rejection(apply(otherTechnician, "TickChecklistItem", list.id(),
        new TickChecklistItem(isolate, true, null, null))).code()).isEqualTo(Codes.NOT_FOUND);

    applied(apply(technician, "TickChecklistItem", list.id(), new TickChecklistItem(pressure, true,
        new BigDecimal("2.50"), null)));
    applied(apply(technician, "TickChecklistItem", list.id(), new TickChecklistItem(found, true, null, " soot ")));
    Checklist after = (Checklist) state.get(list.id());
    assertThat(after.items().get(0).answer()).isEqualTo("2.5");
    assertThat(after.items().get(2).answer()).isEqualTo("soot");
    // untick before completion: allowed, the answer goes
    applied(apply(dispatcher, "TickChecklistItem", list.id(), new TickChecklistItem(pressure, false, null, null)));
    assertThat(((Checklist) state.get(list.id())).items().get(0).done()).isFalse();
    assertThat(((Checklist) state.get(list.id())).items().get(0).answer()).isNull();
  }

  @Test
  void eachTickRecordsTheSessionsUserTheEnvelopesDeviceAndTheDeviceTimeNeverThePayloads() throws Exception {
    template(admin, "Vitodens checks", null, "Vitodens 200", null, true,
        item("Isolate the supply", true, ChecklistAnswerKind.NONE, null),
        item("Flue pressure", true, ChecklistAnswerKind.VALUE, "mbar"));
    UUID wo = job(machine, null);
    Checklist list = checklists(wo).get(0);
    UUID isolate = list.items().get(0).id();
    assertThat(list.items()).allSatisfy(i -> assertThat(i.tickedBy()).isNull());

    // a payload claiming another author and time: only the envelope and the session count
    com.fasterxml.jackson.databind.node.ObjectNode forged = Json.mapper().valueToTree(
        new TickChecklistItem(isolate, true, null, null));
    forged.put("tickedBy", dispatcher.userId().toString()).put("tickedOnDevice", "console-x")
        .put("tickedAt", "2020-01-01T00:00:00Z");
    Instant tickedAt = NOW.minusSeconds(600);
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), "TickChecklistItem", list.id(), null, "phone-3f9a2c",
        tickedAt, forged);
    Outcome o = Mutations.apply(env, technician, NOW, lookup, Locale.ENGLISH);
    applied(o);
    ((Outcome.Applied) o).writes().forEach(this::put);
    ChecklistItem ticked = ((Checklist) state.get(list.id())).items().get(0);
    assertThat(ticked.tickedBy()).isEqualTo(technician.userId());
    assertThat(ticked.tickedOnDevice()).isEqualTo("phone-3f9a2c");
    assertThat(ticked.tickedAt()).isEqualTo(tickedAt);
    assertThat(((Checklist) state.get(list.id())).items().get(1).tickedBy()).as("the other item untouched").isNull();

    // a device clock ahead of the server's does not date the tick in the future
    applied(apply(dispatcher, "TickChecklistItem", list.id(), new TickChecklistItem(isolate, false, null, null),
        NOW.plusSeconds(120), Locale.ENGLISH));
    ChecklistItem unticked = ((Checklist) state.get(list.id())).items().get(0);
    assertThat(unticked.tickedBy()).isEqualTo(dispatcher.userId());
    assertThat(unticked.tickedAt()).isEqualTo(NOW);
  }

  @Test
  void aChecklistStoredBeforeTicksWereKeptStillReads() throws Exception {
    String old = "{\"id\":\"" + Ids.newId() + "\",\"workOrderId\":\"" + Ids.newId() + "\",\"title\":\"Safety\","
        + "\"items\":[{\"id\":\"" + Ids.newId() + "\",\"text\":\"Isolate\",\"required\":true,\"done\":true,"
        + "\"answer\":null}],\"completedAt\":null,\"completedBy\":null}";
    ChecklistItem item = Json.mapper().readValue(old, Checklist.class).items().get(0);
    assertThat(item.done()).isTrue();
    assertThat(item.tickedBy()).isNull();
    assertThat(item.tickedOnDevice()).isNull();
    assertThat(item.tickedAt()).isNull();
  }

  @Test
  void completionWithARequiredItemOpenIsRefusedNamingTheItemThenGoesThroughOnceTicked() {
    template(dispatcher, "Repair safety", WorkOrderType.REPAIR, null, "north", true,
        item("Isolate the supply", true, ChecklistAnswerKind.NONE, null),
        item("Photo of the plate", false, ChecklistAnswerKind.NONE, null));
    UUID wo = job(machine, null);
    onSite(wo);
    CompleteWorkOrder form = new CompleteWorkOrder("Replaced the electrode", "IGN-02", true, false, null);

    Rejection en = rejection(apply(technician, "CompleteWorkOrder", wo, form));
    assertThat(en.field()).isEqualTo("checklist.requiredItemsOpen");
    assertThat(Mutations.describe(en, Locale.ENGLISH)).contains("Isolate the supply").contains("Repair safety");
    assertThat(Mutations.describe(en, Locale.SIMPLIFIED_CHINESE)).contains("Isolate the supply").contains("必填项");
    // the older status move is held to the same rule
    assertThat(rejection(apply(technician, "ChangeWorkOrderStatus", wo,
        new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null, "Done", null))).field())
        .isEqualTo("checklist.requiredItemsOpen");

    Checklist list = checklists(wo).get(0);
    applied(apply(technician, "TickChecklistItem", list.id(), new TickChecklistItem(list.items().get(0).id(), true,
        null, null)));
    applied(apply(technician, "CompleteWorkOrder", wo, form));
    assertThat(((WorkOrder) state.get(wo)).status()).isEqualTo(WorkOrderStatus.COMPLETED);
    // finished: the checklist is what it was
    assertThat(rejection(apply(technician, "TickChecklistItem", list.id(), new TickChecklistItem(
        list.items().get(0).id(), false, null, null))).code()).isEqualTo(Codes.TRANSITION_NOT_ALLOWED);
  }

  @Test
  void completingAJobOnAMachineWritesItsHistoryWithPartsSerialsLabourFailureCodeFlagsAndTheReading() {
    UUID wo = job(machine, null);
    onSite(wo);
    UUID valve = Ids.newId();
    UUID filter = Ids.newId();
    Instant start = NOW.minus(Duration.ofHours(3));
    put(new TimeEntry(Ids.newId(), wo, tech, TimeEntryKind.LABOUR, start, start.plus(Duration.ofMinutes(75)), true, null));
    put(new TimeEntry(Ids.newId(), wo, tech, TimeEntryKind.TRAVEL, start.minus(Duration.ofMinutes(30)), start, true,
        null));
    put(new PartUsage(Ids.newId(), wo, valve, Ids.newId(), 1, "GV-2231", technician.userId(), start.plusSeconds(60)));
    put(new PartUsage(Ids.newId(), wo, filter, Ids.newId(), 2, null, technician.userId(), start.plusSeconds(120)));
    applied(apply(technician, "RecordMeterReading", machine, new com.fieldops.equipment.mutation.RecordMeterReading(
        new BigDecimal("1250.5"), "h", wo, null), NOW.minusSeconds(600), Locale.ENGLISH));

    applied(apply(technician, "CompleteWorkOrder", wo, new CompleteWorkOrder("Replaced the gas valve", "GV-LEAK",
        false, true, null)));

    EquipmentEvent line = lookup.findAllBy(EquipmentEvent.class, "equipmentId", machine).stream()
        .filter(e -> e.details() != null).findFirst().orElseThrow();
    assertThat(line.workOrderId()).isEqualTo(wo);
    assertThat(line.kind()).isEqualTo(EquipmentEventKind.PART_REPLACED);
    assertThat(line.summary()).isEqualTo("Replaced the gas valve");
    assertThat(line.actorId()).isEqualTo(technician.userId());
    ServiceDetails d = line.details();
    assertThat(d.failureCode()).isEqualTo("GV-LEAK");
    assertThat(d.firstTimeFix()).isFalse();
    assertThat(d.followUpNeeded()).isTrue();
    assertThat(d.labourMinutes()).isEqualTo(75);
    assertThat(d.parts()).containsExactly(new ServiceDetails.PartFitted(valve, 1, "GV-2231"),
        new ServiceDetails.PartFitted(filter, 2, null));
    assertThat(d.meterReading()).isEqualByComparingTo("1250.5");
    assertThat(d.meterUnit()).isEqualTo("h");
  }

  @Test
  void theStatusMoveToCompletedWritesTheHistoryTooAndAJobWithoutAMachineWritesNone() {
    UUID wo = job(machine, null);
    onSite(wo);
    applied(apply(technician, "ChangeWorkOrderStatus", wo,
        new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null, "Reset the controller", null)));
    List<EquipmentEvent> history = lookup.findAllBy(EquipmentEvent.class, "equipmentId", machine);
    assertThat(history).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(EquipmentEventKind.REPAIRED);
      assertThat(e.details().firstTimeFix()).as("not said").isNull();
    });

    UUID bare = job(null, null);
    onSite(bare);
    long before = state.values().stream().filter(EquipmentEvent.class::isInstance).count();
    applied(apply(technician, "CompleteWorkOrder", bare, new CompleteWorkOrder("Done", null, true, false, null)));
    assertThat(state.values().stream().filter(EquipmentEvent.class::isInstance).count()).isEqualTo(before);
  }

  @Test
  void completionWithoutAResolutionOrWithABadFailureCodeIsRefusedNamingTheField() {
    UUID wo = job(machine, null);
    onSite(wo);
    assertThat(rejection(apply(technician, "CompleteWorkOrder", wo, new CompleteWorkOrder(" ", null, true, false,
        null))).field()).isEqualTo("resolution");
    assertThat(rejection(apply(technician, "CompleteWorkOrder", wo, new CompleteWorkOrder("Done", "no spaces!", true,
        false, null))).field()).isEqualTo("failureCode");
    assertThat(rejection(apply(technician, "CompleteWorkOrder", wo, new CompleteWorkOrder("Done", null, null, false,
        null))).field()).isEqualTo("firstTimeFix");
  }

  @Test
  void aTechnicianOnSiteRecordsAReadingWithoutNamingTheJobAndItIsCheckedAgainstTheLastOneTakenBefore() {
    UUID wo = job(machine, null);
    onSite(wo);
    applied(apply(technician, "RecordMeterReading", machine, new com.fieldops.equipment.mutation.RecordMeterReading(
        new BigDecimal("100"), "h", null, null), NOW.minusSeconds(300), Locale.ENGLISH));
    EquipmentEvent reading = lookup.findAllBy(EquipmentEvent.class, "equipmentId", machine).get(0);
    assertThat(reading.workOrderId()).as("their open job on the machine").isEqualTo(wo);
    assertThat(rejection(apply(technician, "RecordMeterReading", machine,
        new com.fieldops.equipment.mutation.RecordMeterReading(new BigDecimal("99"), "h", null, null))).field())
        .isEqualTo("value");
    // a reading taken before the last one (recorded offline, arriving late) is held to the one before it
    applied(apply(technician, "RecordMeterReading", machine, new com.fieldops.equipment.mutation.RecordMeterReading(
        new BigDecimal("90"), "h", null, null), NOW.minusSeconds(900), Locale.ENGLISH));
  }
}
