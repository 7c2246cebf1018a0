package com.fieldops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.Site;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.User;
import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.sla.Milestone;
import com.fieldops.sla.SlaPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  static DemoDataSet demo;

  @BeforeAll
  static void generateOnce() {
    demo = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.DEFAULT, NOW);
  }

  private static <T> Map<UUID, T> byId(List<T> list, Function<T, UUID> id) {
    return list.stream().collect(Collectors.toMap(id, t -> t));
  }

  @Test
  void theDefaultSetHasTheAdvertisedSize() {
    assertThat(demo.technicians()).hasSize(25);
    assertThat(demo.customers()).hasSize(200);
    assertThat(demo.equipment()).hasSize(3_000);
    assertThat(demo.parts()).hasSize(500);
    assertThat(demo.workOrders()).hasSize(5_000);
    assertThat(demo.sites().size()).isGreaterThan(200);
    assertThat(demo.workOrderEvents().size()).isGreaterThan(5 * 5_000);
  }

  @Test
  void everyRecordOfTheDefaultSetIsValid() {
    List<String> problems = new ArrayList<>();
    demo.all().forEach(record -> {
      List<Violation> violations = Validators.validate(record, Locale.ENGLISH);
      if (!violations.isEmpty() && problems.size() < 20) {
        problems.add(record + " -> " + violations);
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void theSameSeedMakesTheSameDataAndAnotherSeedOtherData() {
    DemoDataSet again = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.DEFAULT, NOW);
    assertThat(again).isEqualTo(demo);
    DemoDataSet other = DemoDataGenerator.generate(7, DemoSize.SMALL, NOW);
    assertThat(other.customers().get(0)).isNotEqualTo(demo.customers().get(0));
  }

  @Test
  void theBenchmarkSetSharesTheMasterDataOfTheDemo() {
    DemoDataSet small = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.DEFAULT.withWorkOrders(10), NOW);
    assertThat(small.customers()).isEqualTo(demo.customers());
    assertThat(small.technicians()).isEqualTo(demo.technicians());
    assertThat(small.parts()).isEqualTo(demo.parts());
  }

  @Test
  void workOrdersComeInEveryStatusAndOpenOnesAreRecent() {
    Set<WorkOrderStatus> statuses = demo.workOrders().stream().map(WorkOrder::status).collect(Collectors.toSet());
    assertThat(statuses).containsExactlyInAnyOrder(WorkOrderStatus.values());
    assertThat(demo.workOrders().stream().map(WorkOrder::priority).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Priority.values());
    assertThat(demo.workOrders()).filteredOn(w -> w.status().isOpen())
        .allSatisfy(w -> assertThat(w.createdAt()).isAfter(NOW.minus(Duration.ofDays(5))).isBeforeOrEqualTo(NOW))
        .hasSizeBetween(100, 500);
  }

  @Test
  void eachWorkOrdersHistoryLeadsToItsStatus() {
    Map<UUID, List<WorkOrderEvent>> history = demo.workOrderEvents().stream()
        .collect(Collectors.groupingBy(WorkOrderEvent::workOrderId));
    for (WorkOrder wo : demo.workOrders()) {
      List<WorkOrderEvent> events = history.get(wo.id());
      assertThat(events.get(0)).isInstanceOf(WorkOrderEvent.Created.class);
      assertThat(events).allSatisfy(e -> assertThat(e.occurredAt()).isBetween(wo.createdAt(), NOW));
      WorkOrderStatus status = WorkOrderStatus.NEW;
      for (WorkOrderEvent e : events) {
        if (e instanceof WorkOrderEvent.StatusChanged change) {
          assertThat(change.from()).as("%s history", wo.number()).isEqualTo(status);
          status = change.to();
        }
        if (e instanceof WorkOrderEvent.NumberAssigned n) {
          assertThat(n.number()).isEqualTo(wo.number());
        }
      }
      assertThat(status).as("%s history", wo.number()).isEqualTo(wo.status());
    }
  }

  @Test
  void workOrderNumbersAreUniqueAndFollowCreationOrder() {
    assertThat(demo.workOrders().stream().map(WorkOrder::number).distinct().count()).isEqualTo(5_000);
    for (int i = 1; i < demo.workOrders().size(); i++) {
      assertThat(demo.workOrders().get(i).createdAt()).isAfterOrEqualTo(demo.workOrders().get(i - 1).createdAt());
    }
  }

  @Test
  void everyReferencePointsAtARecordOfTheSet() {
    var customers = byId(demo.customers(), c -> c.id());
    var sites = byId(demo.sites(), Site::id);
    var contacts = byId(demo.contacts(), c -> c.id());
    var equipment = byId(demo.equipment(), e -> e.id());
    var technicians = byId(demo.technicians(), Technician::id);
    var locations = byId(demo.stockLocations(), StockLocation::id);
    var parts = byId(demo.parts(), p -> p.id());
    var users = byId(demo.users(), User::id);
    var workOrders = byId(demo.workOrders(), WorkOrder::id);
    Set<UUID> policies = demo.slaPolicies().stream().map(SlaPolicy::id).collect(Collectors.toSet());

    assertThat(demo.sites()).allSatisfy(s -> assertThat(customers).containsKey(s.customerId()));
    assertThat(demo.contacts()).allSatisfy(c -> assertThat(sites.get(c.siteId()).customerId()).isEqualTo(c.customerId()));
    assertThat(demo.equipment()).allSatisfy(e -> assertThat(sites.get(e.siteId()).customerId()).isEqualTo(e.customerId()));
    assertThat(demo.serviceContracts()).allSatisfy(c -> {
      assertThat(policies).contains(c.slaPolicyId());
      assertThat(customers).containsKey(c.customerId());
      if (c.equipmentId() != null) {
        assertThat(equipment.get(c.equipmentId()).customerId()).isEqualTo(c.customerId());
      }
    });
    assertThat(demo.workOrders()).allSatisfy(w -> {
      assertThat(sites.get(w.siteId()).customerId()).isEqualTo(w.customerId());
      assertThat(w.region()).isEqualTo(sites.get(w.siteId()).region());
      if (w.contactId() != null) {
        assertThat(contacts.get(w.contactId()).customerId()).isEqualTo(w.customerId());
      }
      if (w.equipmentId() != null) {
        assertThat(equipment.get(w.equipmentId()).siteId()).isEqualTo(w.siteId());
      }
      if (w.assigneeId() != null) {
        assertThat(technicians).containsKey(w.assigneeId());
      }
      assertThat(users).containsKey(w.createdBy());
    });
    assertThat(demo.technicians()).allSatisfy(t -> {
      assertThat(locations.get(t.vanStockLocationId())).isInstanceOf(StockLocation.Van.class);
      assertThat(users.get(t.userId()).technicianId()).isEqualTo(t.id());
    });
    assertThat(demo.workOrderEvents()).allSatisfy(e -> assertThat(workOrders).containsKey(e.workOrderId()));
    assertThat(demo.partUsages()).allSatisfy(u -> {
      assertThat(parts).containsKey(u.partId());
      assertThat(locations).containsKey(u.stockLocationId());
      assertThat(workOrders).containsKey(u.workOrderId());
    });
    assertThat(demo.stockLevels()).allSatisfy(l -> assertThat(locations).containsKey(l.locationId()));
  }

  @Test
  void stockLevelsAreTheSumOfTheMovements() {
    Map<List<UUID>, Integer> sum = new HashMap<>();
    for (StockMovement m : demo.stockMovements()) {
      if (m.toLocationId() != null) {
        sum.merge(List.of(m.toLocationId(), m.partId()), m.quantity(), Integer::sum);
      }
      if (m.fromLocationId() != null) {
        sum.merge(List.of(m.fromLocationId(), m.partId()), -m.quantity(), Integer::sum);
      }
    }
    for (StockLevel level : demo.stockLevels()) {
      assertThat(sum.getOrDefault(List.of(level.locationId(), level.partId()), 0)).isEqualTo(level.onHand());
    }
    assertThat(demo.stockLevels().stream().filter(l -> l.onHand() > 0).count()).isGreaterThan(1_000);
  }

  @Test
  void everyVanCarriesParts() {
    Set<UUID> stocked = demo.stockLevels().stream().filter(l -> l.onHand() > 0).map(StockLevel::locationId)
        .collect(Collectors.toSet());
    assertThat(demo.technicians()).allSatisfy(t -> assertThat(stocked).contains(t.vanStockLocationId()));
  }

  @Test
  void theWorldSpansSeveralTimeZonesAndChina() {
    Set<ZoneId> zones = demo.sites().stream().map(Site::timeZone).collect(Collectors.toSet());
    assertThat(zones).contains(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Shanghai"),
        ZoneId.of("Europe/London"), ZoneId.of("America/Los_Angeles"));
    assertThat(demo.customers()).filteredOn(c -> c.billingAddress().countryCode().equals("CN")).hasSizeGreaterThan(20)
        .allSatisfy(c -> assertThat(c.name()).endsWith("有限公司"));
    assertThat(demo.technicians()).allSatisfy(t -> {
      assertThat(t.skills()).isNotEmpty();
      assertThat(t.weeklyHours()).isNotEmpty();
    });
  }

  @Test
  void theDemoUsersCanBeFoundByTheirDocumentedNames() {
    assertThat(demo.user(DemoUsers.ADMIN).role()).isEqualTo(Role.ADMIN);
    assertThat(demo.user(DemoUsers.DISPATCHER).role()).isEqualTo(Role.DISPATCHER);
    assertThat(demo.user(DemoUsers.DISPATCHER).region()).isEqualTo("EU-CENTRAL");
    assertThat(demo.user("dispatcher.cn").language()).isEqualTo("zh-CN");
    assertThat(demo.user(DemoUsers.SUPERVISOR).role()).isEqualTo(Role.SUPERVISOR);
    assertThat(demo.user(DemoUsers.CUSTOMER).role()).isEqualTo(Role.CUSTOMER);
    for (int i = 1; i <= 25; i++) {
      assertThat(demo.user(DemoUsers.technician(i)).role()).isEqualTo(Role.TECHNICIAN);
    }
    assertThat(demo.user("tech01").region()).isEqualTo("EU-CENTRAL");
    assertThat(demo.users().stream().map(User::username).distinct().count()).isEqualTo(demo.users().size());
    assertThat(DemoUsers.PASSWORD).isEqualTo("fieldops-demo");
  }

  @Test
  void theSlaPoliciesAreGoldAndStandardAndContractsUseThem() {
    SlaPolicy gold = demo.slaPolicies().stream().filter(p -> p.id().equals(DemoSlaPolicies.GOLD_24X7)).findFirst().orElseThrow();
    assertThat(gold.name()).isEqualTo("Gold 24x7");
    assertThat(gold.calendar().alwaysOpen()).isTrue();
    assertThat(gold.target(Priority.P1, Milestone.RESPONSE)).contains(Duration.ofMinutes(60));
    assertThat(gold.target(Priority.P1, Milestone.ONSITE)).contains(Duration.ofHours(4));
    assertThat(gold.target(Priority.P1, Milestone.RESOLUTION)).contains(Duration.ofHours(8));
    SlaPolicy standard = demo.slaPolicies().stream().filter(p -> p.id().equals(DemoSlaPolicies.STANDARD)).findFirst().orElseThrow();
    assertThat(standard.name()).isEqualTo("Standard");
    assertThat(standard.calendar().alwaysOpen()).isFalse();
    assertThat(standard.calendar().holidays()).contains(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 4, 3));
    Set<UUID> used = demo.serviceContracts().stream().map(c -> c.slaPolicyId()).collect(Collectors.toSet());
    assertThat(used).contains(DemoSlaPolicies.GOLD_24X7, DemoSlaPolicies.STANDARD, DemoSlaPolicies.STANDARD_US,
        DemoSlaPolicies.STANDARD_CHINA);
  }

  @Test
  void easterIsComputedCorrectly() {
    assertThat(DemoSlaPolicies.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(DemoSlaPolicies.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(DemoSlaPolicies.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
  }

  @Test
  void reportsRecordSlaOutcomesBothMetAndBreachedAndJobsWithoutAContractRunUnderTheDefaultPolicy() {
    // the default policy covers jobs without a contract, so no report says "no SLA"
    assertThat(demo.serviceReports().stream().map(r -> r.snapshot().slaOutcome()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(com.fieldops.report.model.SlaOutcome.MET,
            com.fieldops.report.model.SlaOutcome.BREACHED);
    assertThat(demo.defaultSlaPolicy().policyId()).isEqualTo(DemoSlaPolicies.STANDARD);
    assertThat(demo.feedback().stream().map(f -> f.rating()).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }

  @Test
  void theDefaultSetFollowsTheClock() {
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:00:30Z"), ZoneOffset.UTC);
    DemoDataSet fromClock = DemoDataGenerator.defaultSet(clock);
    assertThat(fromClock.workOrders()).allSatisfy(w -> assertThat(w.createdAt()).isBeforeOrEqualTo(clock.instant()));
    assertThat(fromClock.workOrders().stream().map(WorkOrder::status).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(WorkOrderStatus.class)))).hasSize(WorkOrderStatus.values().length);
    // ids are time-based (UUIDv7 near "now"), names are not: the same company, later
    assertThat(fromClock.customers().stream().map(c -> c.name()).toList())
        .isEqualTo(demo.customers().stream().map(c -> c.name()).toList());
  }
}
