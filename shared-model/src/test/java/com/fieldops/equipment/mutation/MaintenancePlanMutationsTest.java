package com.fieldops.equipment.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.equipment.plan.PlanIds;
import com.fieldops.equipment.plan.SystemActor;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.math.BigDecimal;
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

/** UpsertMaintenancePlan and GeneratePlannedVisit as the server and the replica both run them, on a map of records. */
class MaintenancePlanMutationsTest {
  static final Instant NOW = Instant.parse("2027-03-02T10:00:00Z");
  final Map<UUID, Object> state = new HashMap<>();
  final EntityLookup lookup = com.fieldops.fixtures.MapLookup.over(state);
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();
  final UUID machine = Ids.newId();
  final Actor dispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");
  final Actor southDispatcher = new Actor(Ids.newId(), Role.DISPATCHER, null, "south");
  final Actor technician = new Actor(Ids.newId(), Role.TECHNICIAN, Ids.newId(), null);

  MaintenancePlanMutationsTest() {
    Address a = new Address("1 Main St", "1000", "Springfield", null, "US");
    put(new Customer(customer, "Acme", null, null, null, a, "en"));
    put(new Site(site, customer, "HQ", a, ZoneId.of("Europe/Berlin"), null, "north", null));
    put(new Equipment(machine, customer, site, "SN-1", "Viessmann", "Vitodens 200", "boiler", null, null,
        EquipmentStatus.ACTIVE));
  }

  void put(Object entity) {
    state.put(EntityNames.idOf(entity), entity);
  }

  Outcome apply(Actor actor, String type, UUID entityId, Object payload) {
    return apply(actor, type, Ids.newId(), entityId, payload);
  }

  Outcome apply(Actor actor, String type, UUID mutationId, UUID entityId, Object payload) {
    return apply(actor, type, mutationId, entityId, payload, Locale.ENGLISH);
  }

  Outcome apply(Actor actor, String type, UUID mutationId, UUID entityId, Object payload, Locale locale) {
    MutationEnvelope env = new MutationEnvelope(mutationId, type, entityId, null, "console", NOW,
        Json.mapper().valueToTree(payload));
    Outcome o = Mutations.apply(env, actor, NOW, lookup, locale);
    if (o instanceof Outcome.Applied a) {
      a.writes().forEach(this::put);
    }
    return o;
  }

  static MaintenancePlan plan(UUID id, UUID machine, PlanInterval interval, int every) {
    return new MaintenancePlan(id, machine, PlanScope.MACHINE, null, null, null, "Burner service", interval, every,
        interval == PlanInterval.METER ? "h" : null, null, WorkOrderType.PREVENTIVE, Priority.P3, "HEATING", 90, null,
        LocalDate.of(2027, 3, 10), false, true);
  }

  Outcome upsert(Actor actor, MaintenancePlan plan) {
    return apply(actor, "UpsertMaintenancePlan", plan.id(), new UpsertMaintenancePlan(plan));
  }

  static Rejection rejection(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  @Test
  void theOfficeOfTheMachinesRegionSavesAPlanThatCoversTheMachinesRegionAndModel() {
    UUID id = Ids.newId();
    Outcome o = upsert(dispatcher, plan(id, machine, PlanInterval.MONTHS, 3));

    assertThat(o).isInstanceOf(Outcome.Applied.class);
    MaintenancePlan saved = (MaintenancePlan) state.get(id);
    assertThat(saved.region()).isEqualTo("north");
    assertThat(saved.manufacturer()).isEqualTo("Viessmann");
    assertThat(saved.model()).isEqualTo("Vitodens 200");
  }

  @Test
  void zeroOrNegativeIntervalsAreRefusedNamingTheInterval() {
    for (int every : new int[] {0, -1, -30}) {
      MaintenancePlan bad = plan(Ids.newId(), machine, PlanInterval.DAYS, every);
      Rejection r = rejection(upsert(dispatcher, bad));
      Rejection zh = rejection(apply(dispatcher, "UpsertMaintenancePlan", Ids.newId(), bad.id(),
          new UpsertMaintenancePlan(bad), Locale.SIMPLIFIED_CHINESE));
      assertThat(r.field()).isEqualTo("plan.every");
      assertThat(Mutations.describe(r, Locale.ENGLISH)).isEqualTo("The interval must be at least 1");
      assertThat(Mutations.describe(zh, Locale.SIMPLIFIED_CHINESE)).isEqualTo("间隔至少为 1");
      assertThat(state).doesNotContainKey(bad.id());
    }
  }

  @Test
  void aPlanNamesOnlyAChecklistItsJobsCanGetAnUnknownOrOtherRegionsTemplateIsRefusedNamingIt() {
    ChecklistTemplate north = new ChecklistTemplate(Ids.newId(), "Yearly upkeep", WorkOrderType.PREVENTIVE, null,
        "north", List.of(new ChecklistTemplate.Item(Ids.newId(), "Clean the burner", true, ChecklistAnswerKind.NONE,
        null)), true);
    ChecklistTemplate south = new ChecklistTemplate(Ids.newId(), "South upkeep", WorkOrderType.PREVENTIVE, null,
        "south", north.items(), true);
    put(north);
    put(south);
    for (UUID wrong : List.of(south.id(), Ids.newId())) {
      MaintenancePlan bad = withTemplate(plan(Ids.newId(), machine, PlanInterval.MONTHS, 12), wrong);
      Rejection r = rejection(upsert(dispatcher, bad));
      assertThat(r.field()).isEqualTo("plan.checklistTemplateId");
      assertThat(r.code()).isEqualTo(Codes.NOT_FOUND);
      assertThat(state).doesNotContainKey(bad.id());
    }
    MaintenancePlan good = withTemplate(plan(Ids.newId(), machine, PlanInterval.MONTHS, 12), north.id());
    assertThat(upsert(dispatcher, good)).isInstanceOf(Outcome.Applied.class);
    assertThat(((MaintenancePlan) state.get(good.id())).checklistTemplateId()).isEqualTo(north.id());
  }

  static MaintenancePlan withTemplate(MaintenancePlan p, UUID templateId) {
    return new MaintenancePlan(p.id(), p.equipmentId(), p.scope(), p.region(), p.manufacturer(), p.model(), p.name(),
        p.interval(), p.every(), p.meterUnit(), p.meterStart(), p.workOrderType(), p.priority(), p.requiredSkill(),
        p.expectedMinutes(), templateId, p.startsOn(), p.waitForPrevious(), p.active());
  }

  @Test
  void aMeterPlanOnAMachineWithoutAMeterIsRefusedNamingTheInterval() {
    Rejection r = rejection(upsert(dispatcher, plan(Ids.newId(), machine, PlanInterval.METER, 500)));

    assertThat(r.code()).isEqualTo(Codes.INVALID);
    assertThat(r.field()).isEqualTo("plan.interval");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("SN-1").contains("no meter reading");
    assertThat(Mutations.describe(r, Locale.SIMPLIFIED_CHINESE)).contains("SN-1").contains("仪表读数");

    assertThat(apply(dispatcher, "RecordMeterReading", machine,
        new RecordMeterReading(new BigDecimal("120"), "h", null, null))).isInstanceOf(Outcome.Applied.class);
    assertThat(upsert(dispatcher, plan(Ids.newId(), machine, PlanInterval.METER, 500)))
        .as("once the machine has a reading").isInstanceOf(Outcome.Applied.class);
  }

  @Test
  void anUnknownMachineAndAnotherRegionsMachineAreRefusedAlikeNamingTheMachine() {
    Rejection unknown = rejection(upsert(dispatcher, plan(Ids.newId(), Ids.newId(), PlanInterval.MONTHS, 1)));
    Rejection otherRegion = rejection(upsert(southDispatcher, plan(Ids.newId(), machine, PlanInterval.MONTHS, 1)));

    assertThat(unknown.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(unknown.field()).isEqualTo("plan.equipmentId");
    assertThat(otherRegion.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(otherRegion.field()).isEqualTo("plan.equipmentId");
    assertThat(rejection(upsert(technician, plan(Ids.newId(), machine, PlanInterval.MONTHS, 1))).code())
        .isEqualTo(Codes.FORBIDDEN);
  }

  @Test
  void aMeterPlanWithoutAUnitIsRefusedNamingTheUnit() {
    MaintenancePlan p = plan(Ids.newId(), machine, PlanInterval.METER, 500);
    MaintenancePlan noUnit = new MaintenancePlan(p.id(), p.equipmentId(), p.scope(), null, null, null, p.name(),
        p.interval(), p.every(), " ", null, p.workOrderType(), p.priority(), null, 90, null, p.startsOn(), false, true);

    assertThat(rejection(upsert(dispatcher, noUnit)).field()).isEqualTo("plan.meterUnit");
  }

  @Test
  void theSystemMakesAVisitOnceAsAPreventiveJobWithItsLinkAndNobodyElseMayMakeOne() {
    UUID planId = Ids.newId();
    upsert(dispatcher, plan(planId, machine, PlanInterval.MONTHS, 1));
    LocalDate due = LocalDate.of(2027, 3, 10);
    String key = PlanIds.visitKey(due, null);
    UUID wo = PlanIds.workOrder(planId, machine, key, due);
    GeneratePlannedVisit visit = new GeneratePlannedVisit(planId, machine, due, null, null);

    Rejection byDispatcher = rejection(apply(dispatcher, "GeneratePlannedVisit", wo, visit));
    Outcome made = apply(SystemActor.actor(), "GeneratePlannedVisit", wo, visit);
    Rejection again = rejection(apply(SystemActor.actor(), "GeneratePlannedVisit", wo, visit));

    assertThat(byDispatcher.code()).isEqualTo(Codes.FORBIDDEN);
    assertThat(byDispatcher.field()).as("the refusal names what is forbidden: the type").isEqualTo("type");
    assertThat(made).isInstanceOf(Outcome.Applied.class);
    WorkOrder job = (WorkOrder) state.get(wo);
    assertThat(job.type()).isEqualTo(WorkOrderType.PREVENTIVE);
    assertThat(job.status()).isEqualTo(WorkOrderStatus.NEW);
    assertThat(job.equipmentId()).isEqualTo(machine);
    assertThat(job.createdBy()).isEqualTo(SystemActor.USER_ID);
    assertThat(job.scheduledStart()).isEqualTo(Instant.parse("2027-03-10T07:00:00Z")); // 08:00 in Berlin
    assertThat(job.scheduledEnd()).isEqualTo(Instant.parse("2027-03-10T08:30:00Z"));
    assertThat(job.problem()).isEqualTo("Burner service (2027-03-10)");
    PlannedVisit link = (PlannedVisit) state.get(PlanIds.visit(planId, machine, key, due));
    assertThat(link.workOrderId()).isEqualTo(wo);
    assertThat(link.dueOn()).isEqualTo(due);
    assertThat(again.code()).isEqualTo(Codes.ALREADY_EXISTS);
  }

  @Test
  void aWaitingPlansNextVisitIsRefusedWhileThePreviousOneIsOpen() {
    UUID planId = Ids.newId();
    MaintenancePlan p = plan(planId, machine, PlanInterval.MONTHS, 1);
    upsert(dispatcher, new MaintenancePlan(p.id(), p.equipmentId(), p.scope(), null, null, null, p.name(), p.interval(),
        p.every(), null, null, p.workOrderType(), p.priority(), null, 90, null, p.startsOn(), true, true));
    LocalDate first = LocalDate.of(2027, 3, 10);
    apply(SystemActor.actor(), "GeneratePlannedVisit", PlanIds.workOrder(planId, machine, "d:" + first, first),
        new GeneratePlannedVisit(planId, machine, first, null, null));
    LocalDate second = LocalDate.of(2027, 4, 10);

    Rejection r = rejection(apply(SystemActor.actor(), "GeneratePlannedVisit",
        PlanIds.workOrder(planId, machine, "d:" + second, second), new GeneratePlannedVisit(planId, machine, second,
            null, PlanIds.visit(planId, machine, "d:" + first, first))));

    assertThat(r.field()).isEqualTo("previousVisitId");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("not finished");
  }
}
