package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.fixtures.MutableClock;
import com.fieldops.common.Ids;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.replica.store.StoreKeys;
import com.fieldops.replica.view.MilestoneStatus;
import com.fieldops.replica.view.SlaSummary;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.sla.BusinessCalendar;
import com.fieldops.sla.ClockState;
import com.fieldops.sla.Milestone;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.SlaTargets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replica keeps each open work order's SLA clocks (the shared rule of
 * {@code com.fieldops.sla.WorkOrderSla}) in its local view, recomputed when the work order, its
 * history, its contract or its policy change; lists come most urgent first by them.
 */
class ReplicaSlaClocksTest {
  static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");
  static final UUID GOLD = UUID.fromString("01890000-0000-7000-8000-0000000fa001");
  static final UUID SLOW = UUID.fromString("01890000-0000-7000-8000-0000000fa002");

  /** A clock the test moves. */
  @TempDir
  Path dir;

  final ReplicaFixtures world = new ReplicaFixtures();
  final MutableClock clock = new MutableClock(CREATED.plusSeconds(600));
  final UUID woId = Ids.newId();
  LocalReplica replica;

  static SlaPolicy policy(UUID id, String name, long responseP2) {
    Map<Priority, SlaTargets> targets = new EnumMap<>(Priority.class);
    targets.put(Priority.P1, SlaTargets.of(60L, 240L, 480L));
    targets.put(Priority.P2, SlaTargets.of(responseP2, 480L, 1440L));
    return SlaPolicy.of(id, name, targets, BusinessCalendar.twentyFourSeven("UTC"));
  }

  ServiceContract goldContract() {
    return new ServiceContract(UUID.fromString("01890000-0000-7000-8000-0000000fc001"), "SC-1", world.customerId,
        ContractScope.CUSTOMER, null, GOLD, LocalDate.parse("2026-01-01"), null);
  }

  @BeforeEach
  void open() {
    replica = (LocalReplica) Replicas.open(ReplicaConfig.of(dir.resolve("tina.db"), null).withLocale(Locale.ENGLISH)
        .withClock(clock));
    replica.store().putSetting(StoreKeys.USER, Json.write(world.technicianUser()));
    replica.store().applyPullPage(List.of(
        world.upsert(policy(GOLD, "Gold 24x7", 120), 1),
        world.upsert(policy(SLOW, "Standard", 480), 1),
        world.upsert(DefaultSlaPolicy.of(SLOW), 1),
        world.upsert(world.customer(), 1),
        world.upsert(world.site(), 1),
        world.upsert(world.technician(world.technicianId, world.techUserId, "Tina Tech"), 1),
        world.upsert(world.workOrder(woId, WorkOrderStatus.ASSIGNED, world.technicianId), 3)), world.lastSeq());
  }

  @AfterEach
  void close() {
    replica.close();
  }

  WorkOrderRow row(UUID id) {
    return replica.workOrders().openWorkOrders().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  static MilestoneStatus clock(WorkOrderRow row, Milestone m) {
    return row.sla().milestone(m).orElseThrow();
  }

  @Test
  void withoutAContractTheDefaultPolicyGivesEachMilestoneItsClock() {
    WorkOrderRow row = row(woId);

    assertThat(row.sla().policyName()).isEqualTo("Standard");
    assertThat(row.sla().milestones()).extracting(MilestoneStatus::milestone)
        .containsExactly(Milestone.RESPONSE, Milestone.ONSITE, Milestone.RESOLUTION);
    assertThat(clock(row, Milestone.RESPONSE).state()).isEqualTo(ClockState.RUNNING);
    assertThat(clock(row, Milestone.RESPONSE).dueAt()).isEqualTo(CREATED.plusSeconds(480 * 60));
    assertThat(row.slaDue()).as("the most urgent due instant").isEqualTo(CREATED.plusSeconds(480 * 60));
  }

  @Test
  void aContractThatArrivesByPullRecomputesTheClocks() {
    replica.store().applyPullPage(List.of(world.upsert(goldContract(), 1)), world.lastSeq());

    WorkOrderRow row = row(woId);
    assertThat(row.sla().policyName()).isEqualTo("Gold 24x7");
    MilestoneStatus response = clock(row, Milestone.RESPONSE);
    assertThat(response.dueAt()).isEqualTo(CREATED.plusSeconds(120 * 60));
    assertThat(response.warningAt()).as("at 75 %% of the target").isEqualTo(CREATED.plusSeconds(90 * 60));
    assertThat(row.slaDue()).isEqualTo(CREATED.plusSeconds(120 * 60));
  }

  @Test
  void aPolicyEditRecomputesTheClocksOfItsOpenWorkOrders() {
    replica.store().applyPullPage(List.of(world.upsert(policy(SLOW, "Standard", 300), 2)), world.lastSeq());

    assertThat(row(woId).slaDue()).isEqualTo(CREATED.plusSeconds(300 * 60));
  }

  @Test
  void aRunningClockTurnsToWarningThenBreachedWithTimeAlone() {
    replica.store().applyPullPage(List.of(world.upsert(goldContract(), 1)), world.lastSeq());
    MilestoneStatus response = clock(row(woId), Milestone.RESPONSE);

    assertThat(response.isWarningAt(CREATED.plusSeconds(80 * 60))).isFalse();
    assertThat(response.isWarningAt(CREATED.plusSeconds(95 * 60))).isTrue();
    assertThat(response.stateAt(CREATED.plusSeconds(121 * 60))).isEqualTo(ClockState.BREACHED);
  }

  @Test
  void acceptingLocallyMeetsTheResponseAtOnceAndTheNextDueIsOnSite() {
    clock.set(CREATED.plusSeconds(30 * 60));

    replica.workOrders().changeStatus(woId, WorkOrderStatus.ACCEPTED, null);

    WorkOrderRow row = row(woId);
    assertThat(row.pending()).isTrue();
    assertThat(clock(row, Milestone.RESPONSE).state()).isEqualTo(ClockState.MET);
    assertThat(row.sla().open()).extracting(MilestoneStatus::milestone)
        .containsExactly(Milestone.ONSITE, Milestone.RESOLUTION);
    assertThat(row.slaDue()).isEqualTo(CREATED.plusSeconds(480 * 60));
  }

  @Test
  void waitingForPartsPausesTheOpenClocks() {
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      clock.advance(Duration.ofSeconds(300));
      replica.workOrders().changeStatus(woId, s, null);
    }
    clock.advance(Duration.ofSeconds(300));

    replica.workOrders().changeStatus(woId, WorkOrderStatus.ON_HOLD, OnHoldReason.WAITING_FOR_PARTS);

    WorkOrderRow row = row(woId);
    assertThat(clock(row, Milestone.RESOLUTION).state()).isEqualTo(ClockState.PAUSED);
    assertThat(clock(row, Milestone.RESOLUTION).businessTimeLeft()).isPositive();
    assertThat(row.slaDue()).as("nothing counts down while paused").isNull();
  }

  @Test
  void openWorkOrdersComeMostUrgentComputedDueFirst() {
    UUID p1Later = Ids.newId();
    WorkOrder p1 = new WorkOrder(p1Later, null, world.customerId, world.siteId, null, null,
        com.fieldops.workorder.model.WorkOrderType.REPAIR, Priority.P1, WorkOrderStatus.NEW, null, null, null,
        ReplicaFixtures.REGION, null, null, "Freezer warm", null, CREATED.plusSeconds(3600), world.dispatcherUserId);

    replica.store().applyPullPage(List.of(world.upsert(p1, 1)), world.lastSeq());

    // P1 created an hour later is due an hour after it (Standard: 60 min); the P2 after 480 min
    assertThat(replica.workOrders().openWorkOrders()).extracting(WorkOrderRow::id).containsExactly(p1Later, woId);
  }

  @Test
  void aCompletedWorkOrderLeavesTheListAndItsDetailShowsTheFinalClocks() {
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      clock.advance(Duration.ofSeconds(300));
      replica.workOrders().changeStatus(woId, s, null);
    }
    replica.workOrders().changeStatus(woId, WorkOrderStatus.COMPLETED, null, "Replaced the fan", null);

    assertThat(replica.workOrders().openWorkOrders()).isEmpty();
    SlaSummary sla = replica.workOrders().workOrder(woId).orElseThrow().row().sla();
    assertThat(sla.milestones()).extracting(MilestoneStatus::state).containsOnly(ClockState.MET);
    assertThat(sla.open()).isEmpty();
  }

  @Test
  void recentlyCompletedListsTheFinalClocksTimeToResolveAndVisits() {
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      clock.advance(Duration.ofSeconds(600));
      replica.workOrders().changeStatus(woId, s, null);
    }
    clock.advance(Duration.ofSeconds(600));
    replica.workOrders().changeStatus(woId, WorkOrderStatus.ON_HOLD, OnHoldReason.WAITING_FOR_PARTS);
    clock.advance(Duration.ofSeconds(3600));
    replica.workOrders().changeStatus(woId, WorkOrderStatus.ON_SITE, null);
    clock.advance(Duration.ofSeconds(600));
    replica.workOrders().changeStatus(woId, WorkOrderStatus.COMPLETED, null, "New valve fitted", null);

    List<com.fieldops.replica.view.CompletedWorkOrder> done = replica.workOrders().recentlyCompleted(CREATED, 10);

    assertThat(done).singleElement().satisfies(d -> {
      assertThat(d.completedAt()).isEqualTo(clock.instant());
      assertThat(d.timeToResolve()).isEqualTo(Duration.between(CREATED, clock.instant()));
      assertThat(d.visits()).isEqualTo(2);
      assertThat(d.firstTimeFix()).as("a second visit after waiting for parts").isFalse();
      assertThat(d.row().sla().milestone(Milestone.RESOLUTION).orElseThrow().state()).isEqualTo(ClockState.MET);
    });
    assertThat(replica.workOrders().recentlyCompleted(clock.instant().plusSeconds(1), 10)).as("completed before the window").isEmpty();
  }

  @Test
  void theDetailNamesThePartsUsedAndListsTheAttachments() {
    UUID partId = Ids.newId();
    var part = new com.fieldops.stock.model.Part(partId, "VLV-22", "Ball valve 22 mm", null, false,
        com.fieldops.common.Money.of("4.10", "EUR"), com.fieldops.common.Money.of("9.90", "EUR"), "pc");
    var usage = new com.fieldops.workorder.model.PartUsage(Ids.newId(), woId, partId, Ids.newId(), 2, null,
        world.techUserId, CREATED.plusSeconds(3600));
    var photo = new com.fieldops.workorder.model.Attachment(Ids.newId(), woId,
        com.fieldops.workorder.model.AttachmentKind.PHOTO, "valve.jpg", "image/jpeg", 2_400_000, "a".repeat(64),
        "Old valve", CREATED.plusSeconds(3000), world.techUserId, CREATED.plusSeconds(3100));
    replica.store().applyPullPage(List.of(world.upsert(part, 1), world.upsert(usage, 1), world.upsert(photo, 1)),
        world.lastSeq());

    var detail = replica.workOrders().workOrder(woId).orElseThrow();

    assertThat(detail.partsUsed()).singleElement()
        .satisfies(u -> assertThat(detail.parts().get(u.partId()).name()).isEqualTo("Ball valve 22 mm"));
    assertThat(detail.attachments()).singleElement().satisfies(a -> {
      assertThat(a.fileName()).isEqualTo("valve.jpg");
      assertThat(a.sizeBytes()).isEqualTo(2_400_000);
    });
  }
}
