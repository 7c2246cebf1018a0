package com.fieldops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one shared rule for a work order's SLA: history as the clocks see it, and which policy applies. */
class WorkOrderSlaTest {
  static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");
  static final UUID CUSTOMER = UUID.fromString("01900000-0000-7000-8000-00000000c001");
  static final UUID EQUIPMENT = UUID.fromString("01900000-0000-7000-8000-00000000e001");
  static final UUID GOLD = UUID.fromString("01900000-0000-7000-8000-00000000a001");
  static final UUID SILVER = UUID.fromString("01900000-0000-7000-8000-00000000a002");
  static final UUID BASIC = UUID.fromString("01900000-0000-7000-8000-00000000a003");
  static final UUID WO = UUID.fromString("01900000-0000-7000-8000-00000000f001");
  int ids;

  static WorkOrder workOrder(Priority p, UUID equipment, Instant created) {
    return new WorkOrder(WO, null, CUSTOMER, UUID.randomUUID(), null, equipment, WorkOrderType.REPAIR, p,
        WorkOrderStatus.NEW, null, null, null, "north", null, null, "Chiller trips", null, created, UUID.randomUUID());
  }

  UUID id() {
    return new UUID(0x0190000000007000L, 0x8000000000000000L + ++ids);
  }

  WorkOrderEvent status(String device, String occurred, String recorded, WorkOrderStatus from, WorkOrderStatus to) {
    return new WorkOrderEvent.StatusChanged(id(), WO, null, device, Instant.parse(occurred), Instant.parse(recorded),
        from, to, to == WorkOrderStatus.ON_HOLD ? OnHoldReason.WAITING_FOR_PARTS : null, null);
  }

  static SlaPolicy policy(UUID id, String name) {
    Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
    targets.put(Priority.P1, SlaTargets.of(60L, 240L, 480L));
    targets.put(Priority.P3, SlaTargets.of(240L, 1440L, 2880L));
    return SlaPolicy.of(id, name, targets, BusinessCalendar.twentyFourSeven("UTC"));
  }

  static ServiceContract contract(UUID policy, ContractScope scope, UUID equipment, String from, String to) {
    return new ServiceContract(UUID.randomUUID(), "SC-" + policy.toString().substring(30), CUSTOMER, scope, equipment,
        policy, LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
  }

  @Test
  void anOfflineMoveCountsAtItsDeviceTimeButNotBeforeThePreviousKnownEvent() {
    List<WorkOrderEvent> events = List.of(
        status("phone", "2026-03-02T09:00:00Z", "2026-03-02T09:00:01Z", WorkOrderStatus.NEW, WorkOrderStatus.ACCEPTED),
        // the phone's clock runs slow: "08:30" arrives after the 09:00 acceptance
        status("phone", "2026-03-02T08:30:00Z", "2026-03-02T10:00:00Z", WorkOrderStatus.ACCEPTED, WorkOrderStatus.ON_SITE));

    WorkOrderSla.History h = WorkOrderSla.history(workOrder(Priority.P1, null, CREATED), events);

    assertThat(h.timeline().events()).extracting(SlaEvent::at)
        .containsExactly(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:00:00Z"));
    assertThat(h.times().get(1).time().adjustment()).isEqualTo(OfflineEventTime.Adjustment.CLAMPED_TO_PREVIOUS_EVENT);
    assertThat(h.hasLateEvents(60_000)).isTrue();
  }

  @Test
  void aDeviceTimeAfterTheServerReceivedItCountsAtReceipt() {
    List<WorkOrderEvent> events = List.of(
        status("phone", "2026-03-02T12:00:00Z", "2026-03-02T09:00:00Z", WorkOrderStatus.NEW, WorkOrderStatus.ACCEPTED));

    SlaTimeline t = WorkOrderSla.timeline(workOrder(Priority.P1, null, CREATED), events);

    assertThat(t.events().get(0).at()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
  }

  @Test
  void theServersOwnEntriesDoNotMoveTheLowerBoundAndEscalationsAreNotSlaEvents() {
    WorkOrderEvent escalation = new WorkOrderEvent.EscalationFired(id(), WO, null, WorkOrderEvent.SERVER_DEVICE,
        Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:00:00Z"), "RESPONSE", "BREACH",
        "NOTIFY_SUPERVISOR", Instant.parse("2026-03-02T09:00:00Z"), 0);
    WorkOrderEvent priority = new WorkOrderEvent.PriorityChanged(id(), WO, null, WorkOrderEvent.SERVER_DEVICE,
        Instant.parse("2026-03-02T09:05:00Z"), Instant.parse("2026-03-02T09:05:00Z"), Priority.P3, Priority.P1, null);
    WorkOrderEvent lateAcceptance = status("phone", "2026-03-02T08:40:00Z", "2026-03-02T09:30:00Z",
        WorkOrderStatus.NEW, WorkOrderStatus.ACCEPTED);

    WorkOrderSla.History h = WorkOrderSla.history(workOrder(Priority.P1, null, CREATED),
        List.of(lateAcceptance, escalation, priority));

    assertThat(h.timeline().priority()).as("the first priority change tells the initial priority").isEqualTo(Priority.P3);
    assertThat(h.timeline().events()).hasSize(2);
    assertThat(h.timeline().events()).filteredOn(e -> e instanceof SlaEvent.StatusChange)
        .extracting(SlaEvent::at).containsExactly(Instant.parse("2026-03-02T08:40:00Z"));
  }

  @Test
  void theCreatedEventNamesTheInitialPriority() {
    WorkOrderEvent created = new WorkOrderEvent.Created(id(), WO, null, "desk", CREATED, CREATED, WorkOrderType.REPAIR,
        Priority.P3);

    SlaTimeline t = WorkOrderSla.timeline(workOrder(Priority.P1, null, CREATED), List.of(created));

    assertThat(t.priority()).isEqualTo(Priority.P3);
    assertThat(t.events()).isEmpty();
  }

  @Test
  void anEquipmentContractWinsOverACustomerContract() {
    List<ServiceContract> contracts = List.of(
        contract(SILVER, ContractScope.CUSTOMER, null, "2026-01-01", null),
        contract(GOLD, ContractScope.EQUIPMENT, EQUIPMENT, "2025-01-01", null));

    assertThat(WorkOrderSla.choosePolicy(workOrder(Priority.P1, EQUIPMENT, CREATED), ZoneId.of("UTC"), contracts,
        id -> true, BASIC)).contains(GOLD);
    assertThat(WorkOrderSla.choosePolicy(workOrder(Priority.P1, null, CREATED), ZoneId.of("UTC"), contracts,
        id -> true, BASIC)).as("without equipment the customer's contract applies").contains(SILVER);
  }

  @Test
  void withoutAContractInForceTheDefaultApplies() {
    List<ServiceContract> contracts = List.of(contract(GOLD, ContractScope.CUSTOMER, null, "2025-01-01", "2026-03-01"));

    assertThat(WorkOrderSla.choosePolicy(workOrder(Priority.P1, null, CREATED), ZoneId.of("UTC"), contracts,
        id -> true, BASIC)).contains(BASIC);
    assertThat(WorkOrderSla.choosePolicy(workOrder(Priority.P1, null, CREATED), ZoneId.of("UTC"), contracts,
        id -> true, null)).isEmpty();
  }

  @Test
  void theContractDayIsTheCreationDayInTheSitesZone() {
    // 2026-03-01T23:30Z is already March 2nd in Shanghai, when the contract has begun
    Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z");
    List<ServiceContract> contracts = List.of(contract(GOLD, ContractScope.CUSTOMER, null, "2026-03-02", null));

    assertThat(WorkOrderSla.choosePolicy(workOrder(Priority.P1, null, lateEvening), ZoneId.of("Asia/Shanghai"),
        contracts, id -> true, BASIC)).contains(GOLD);
    assertThat(WorkOrderSla.choosePolicy(workOrder(Priority.P1, null, lateEvening), ZoneId.of("America/New_York"),
        contracts, id -> true, BASIC)).contains(BASIC);
  }

  @Test
  void ofSeveralContractsTheOneThatStartedLastWinsAndUnknownPoliciesDoNotCount() {
    List<ServiceContract> contracts = List.of(
        contract(SILVER, ContractScope.CUSTOMER, null, "2025-01-01", null),
        contract(GOLD, ContractScope.CUSTOMER, null, "2026-02-01", null));

    assertThat(WorkOrderSla.choosePolicy(workOrder(Priority.P1, null, CREATED), null, contracts, id -> true, BASIC))
        .contains(GOLD);
    assertThat(WorkOrderSla.choosePolicy(workOrder(Priority.P1, null, CREATED), null, contracts,
        id -> !id.equals(GOLD), BASIC)).contains(SILVER);
  }

  @Test
  void aP1OnGoldShowsItsResponseCountdownAndBreachesAfterAnHour() {
    Map<UUID, SlaPolicy> policies = Map.of(GOLD, policy(GOLD, "Gold 24x7"), BASIC, policy(BASIC, "Basic"));
    WorkOrder wo = workOrder(Priority.P1, null, CREATED);
    SlaPolicy gold = WorkOrderSla.policyFor(wo, ZoneId.of("UTC"),
        List.of(contract(GOLD, ContractScope.CUSTOMER, null, "2026-01-01", null)), policies, BASIC).orElseThrow();

    SlaClocks early = WorkOrderSla.clocks(gold, wo, List.of(), CREATED.plusSeconds(600));
    SlaClocks late = WorkOrderSla.clocks(gold, wo, List.of(), CREATED.plusSeconds(3700));

    assertThat(early.clock(Milestone.RESPONSE).state()).isEqualTo(ClockState.RUNNING);
    assertThat(early.clock(Milestone.RESPONSE).dueAt()).isEqualTo(CREATED.plusSeconds(3600));
    assertThat(late.clock(Milestone.RESPONSE).state()).isEqualTo(ClockState.BREACHED);
  }

  @Test
  void clocksAreNeverEvaluatedBeforeAnEventTheCallerHolds() {
    SlaPolicy gold = policy(GOLD, "Gold 24x7");
    WorkOrder wo = workOrder(Priority.P1, null, CREATED);
    List<WorkOrderEvent> accepted = List.of(
        status("phone", "2026-03-02T08:20:00Z", "2026-03-02T08:20:00Z", WorkOrderStatus.NEW, WorkOrderStatus.ACCEPTED));

    // a device clock still at 08:10 must not hide the acceptance it already holds
    SlaClocks clocks = WorkOrderSla.clocks(gold, wo, accepted, Instant.parse("2026-03-02T08:10:00Z"));

    assertThat(clocks.clock(Milestone.RESPONSE).state()).isEqualTo(ClockState.MET);
  }
}
