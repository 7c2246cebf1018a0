package com.fieldops.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.demo.DemoDataGenerator;
import com.fieldops.demo.DemoDataSet;
import com.fieldops.demo.DemoSize;
import com.fieldops.demo.DemoUsers;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.Replica;
import com.fieldops.server.testing.TestDatabases;
import java.time.Clock;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import java.time.Instant;
import java.util.stream.Collectors;
import com.fieldops.demo.DemoSlaPolicies;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.server.sla.EscalationScheduler;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.WorkOrderNumbers;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemoDataLoaderTest {
  @Test
  void theDemoSetLoadsOnceAndItsUsersSeeTheirScope() {
    DemoDataSet set = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.SMALL,
        Instant.parse("2026-03-02T08:00:00Z"));
    try (Database db = TestDatabases.open(Dialect.SQLITE)) {
      DemoDataLoader loader = new DemoDataLoader(db, PasswordHasher.fastForTests(), Clock.systemUTC());
      assertThat(loader.loadIfEmpty(set)).isTrue();
      assertThat(loader.loadIfEmpty(set)).as("second load on a non-empty database").isFalse();
      // the demo set as loaded: this server does not add the demo plans' preventive visits (PlanYearTest does that)
      try (FieldOpsServer server = FieldOpsServer.start(db, ServerSettings.defaults().withHost("127.0.0.1").withPort(0)
          .withPlans(new com.fieldops.server.config.PlanSettings(false, 14, java.time.Duration.ofHours(1))))) {
        ApiClient anon = new ApiClient("http://127.0.0.1:" + server.port(), null, "d");
        ApiClient.Reply r = anon.post("/api/v1/auth/sign-in",
            Json.write(new SignInRequest(DemoUsers.ADMIN, DemoUsers.PASSWORD, "d")));
        assertThat(r.status()).isEqualTo(200);
        Replica all = anon.withToken(r.json().get("token").asText()).pullAll(0);
        assertThat(all.ids("WorkOrder")).hasSize(set.workOrders().size());
        assertThat(all.ids("Customer")).hasSize(set.customers().size());

        String techName = DemoUsers.technician(1);
        var tech = set.user(techName);
        ApiClient.Reply t = anon.post("/api/v1/auth/sign-in", Json.write(new SignInRequest(techName,
            DemoUsers.PASSWORD, "d")));
        Replica mine = anon.withToken(t.json().get("token").asText()).pullAll(0);
        // open and recent work only: a job CLOSED or CANCELLED more than 30 days ago (by its history)
        // never reaches the phone, though the server stored it today
        Instant cutoff = Instant.now().minus(java.time.Duration.ofDays(30));
        java.util.Map<java.util.UUID, Instant> finishedAt = new java.util.HashMap<>();
        for (var e : set.workOrderEvents()) {
          if (e instanceof com.fieldops.workorder.model.WorkOrderEvent.StatusChanged sc
              && (sc.to() == com.fieldops.workorder.model.WorkOrderStatus.CLOSED
                  || sc.to() == com.fieldops.workorder.model.WorkOrderStatus.CANCELLED)) {
            finishedAt.merge(sc.workOrderId(), sc.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
          }
        }
        var expected = set.workOrders().stream().filter(w -> tech.technicianId().equals(w.assigneeId()))
            .filter(w -> !finishedAt.containsKey(w.id()) || !finishedAt.get(w.id()).isBefore(cutoff)
                || !(w.status() == com.fieldops.workorder.model.WorkOrderStatus.CLOSED
                    || w.status() == com.fieldops.workorder.model.WorkOrderStatus.CANCELLED))
            .map(com.fieldops.workorder.model.WorkOrder::id).toList();
        assertThat(set.workOrders().stream().filter(w -> tech.technicianId().equals(w.assigneeId())).count())
            .as("the demo technician has old finished jobs").isGreaterThan(expected.size());
        assertThat(mine.ids("WorkOrder")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(mine.entities.values()).noneMatch(d -> d.has("assigneeId") && d.has("problem")
            && !d.get("assigneeId").asText().equals(tech.technicianId().toString()));
        // their van and its stock, the whole parts catalogue, nobody else's van
        var vans = set.stockLocations().stream().filter(l -> l instanceof StockLocation.Van v
            && tech.technicianId().equals(v.technicianId())).map(StockLocation::id).collect(Collectors.toSet());
        assertThat(vans).isNotEmpty();
        assertThat(mine.ids("StockLocation")).containsExactlyInAnyOrderElementsOf(vans);
        assertThat(mine.ids("StockLevel")).containsExactlyInAnyOrderElementsOf(set.stockLevels().stream()
            .filter(l -> vans.contains(l.locationId())).map(StockLevel::id).toList());
        assertThat(mine.ids("Part")).hasSize(set.parts().size());
        assertThat(mine.ids("Technician")).containsExactly(tech.technicianId());
      }
    }
  }

  @Test
  void aNewWorkOrderAfterTheDemoLoadGetsANumberTheDemoDoesNotUse() {
    DemoDataSet set = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.SMALL,
        Instant.parse("2026-03-02T08:00:00Z"));
    Set<String> demoNumbers = set.workOrders().stream().map(WorkOrder::number).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    assertThat(demoNumbers).isNotEmpty();
    try (Database db = TestDatabases.open(Dialect.SQLITE)) {
      assertThat(new DemoDataLoader(db, PasswordHasher.fastForTests(), Clock.systemUTC()).loadIfEmpty(set)).isTrue();
      for (int year : demoNumbers.stream().map(n -> Integer.parseInt(n.split("-")[1])).collect(Collectors.toSet())) {
        String next = db.write(c -> new WorkOrderNumbers().next(c, year));
        assertThat(demoNumbers).as("numbers of %d", year).doesNotContain(next);
        long highest = demoNumbers.stream().filter(n -> n.startsWith("WO-" + year + "-"))
            .mapToLong(n -> Long.parseLong(n.split("-")[2])).max().orElseThrow();
        assertThat(next).isEqualTo(String.format("WO-%04d-%06d", year, highest + 1));
      }
    }
  }

  @Test
  void theDemoSetHasADefaultSlaPolicySoJobsWithoutAContractGetClocksAndEscalate() {
    Clock clock = Clock.systemUTC();
    DemoDataSet set = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.SMALL, clock.instant());
    assertThat(set.all()).contains(DefaultSlaPolicy.of(DemoSlaPolicies.STANDARD));
    Set<UUID> covered = set.serviceContracts().stream().map(ServiceContract::customerId).collect(Collectors.toSet());
    Set<UUID> contractEquipment = set.serviceContracts().stream().map(ServiceContract::equipmentId)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    List<String> uncovered = set.workOrders().stream().filter(w -> !covered.contains(w.customerId())
        && (w.equipmentId() == null || !contractEquipment.contains(w.equipmentId()))).map(WorkOrder::id)
        .map(UUID::toString).toList();
    assertThat(uncovered).as("demo jobs no contract covers").isNotEmpty();
    try (Database db = TestDatabases.open(Dialect.SQLITE)) {
      assertThat(new DemoDataLoader(db, PasswordHasher.fastForTests(), clock).loadIfEmpty(set)).isTrue();
      EscalationScheduler scheduler = new EscalationScheduler(db, clock, last -> { });
      for (int i = 0; i < 20 && !scheduler.tick().idle(); i++) {
        // until every clock is computed
      }
      Set<String> underStandard = Set.copyOf(db.read(c -> Jdbc.query(c,
          "SELECT work_order_id FROM sla_clock WHERE policy_id = ?", rs -> rs.getString(1), DemoSlaPolicies.STANDARD)));
      Set<String> withClock = Set.copyOf(db.read(c -> Jdbc.query(c, "SELECT work_order_id FROM sla_clock",
          rs -> rs.getString(1))));
      List<String> uncoveredWithClock = uncovered.stream().filter(withClock::contains).toList();
      assertThat(uncoveredWithClock).as("open jobs without a contract have clocks").isNotEmpty();
      assertThat(underStandard).as("under the default policy").containsAll(uncoveredWithClock);
      Set<String> fired = Set.copyOf(db.read(c -> Jdbc.query(c, "SELECT DISTINCT work_order_id FROM sla_fired",
          rs -> rs.getString(1))));
      assertThat(uncovered).as("escalations fired on at-risk jobs without a contract").anyMatch(fired::contains);
    }
  }
}
