package com.fieldops.server.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.TestServer;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A simulated year of maintenance plans (see {@link PlanYear}): every visit is made exactly once,
 * across a server restart after 65 days of downtime (SQLite) and with two server instances
 * generating at the same moments on one PostgreSQL database.
 */
class PlanYearTest {
  static final int DAYS = 365;

  @Test
  @Timeout(240)
  void aYearOnSqliteWithDowntimeAndARestartMakesEveryVisitOnce() {
    TestServer ts = TestServer.start(Dialect.SQLITE, new com.fieldops.fixtures.MutableClock(PlanYear.START));
    PlanYear year = new PlanYear(ts);
    String location = ts.db.location();
    ts.server.close();
    ts.db.close();
    Database db = Database.open(location);
    FieldOpsServer server = FieldOpsServer.start(db, settings(), year.clock);
    try {
      year.savePlans(server.push());
      for (int day = 0; day < DAYS; day++) {
        if (day == 150) {
          // the server goes down on day 150 and comes back on day 215: a restart on the same file
          server.close();
          db.close();
          day = 215;
          year.dayAt(day, 0);
          db = Database.open(location);
          server = FieldOpsServer.start(db, settings(), year.clock);
        }
        PlanGenerator generator = new PlanGenerator(db, year.clock, server.push(), 14);
        year.dayAt(day, 0);
        generator.tick();
        year.siteWork(day, server.push(), db);
        year.dayAt(day, 12);
        generator.tick();
      }
      assertYear(year, db, true);
    } finally {
      server.close();
      db.close();
    }
  }

  @Test
  @Timeout(300)
  void aYearWithTwoInstancesOnPostgresMakesEveryVisitOnce() throws Exception {
    com.fieldops.fixtures.MutableClock clock0 = new com.fieldops.fixtures.MutableClock(PlanYear.START);
    try (TestServer ts = TestServer.start(Dialect.POSTGRESQL, clock0)) {
      PlanYear year = new PlanYear(ts);
      // both instances on the year's clock
      Database db2 = Database.open(ts.db.location(), "postgres", "postgres");
      try (FieldOpsServer second = FieldOpsServer.start(db2, settings(), year.clock);
          FieldOpsServer first = FieldOpsServer.start(ts.db, settings().withPort(0), year.clock)) {
        year.savePlans(first.push());
        PlanGenerator a = new PlanGenerator(ts.db, year.clock, first.push(), 14);
        PlanGenerator b = new PlanGenerator(db2, year.clock, second.push(), 14);
        for (int day = 0; day < DAYS; day++) {
          for (int hour : new int[] {0, 12}) {
            year.dayAt(day, hour);
            // the same tick on both instances at the same moment
            CompletableFuture<PlanGenerator.TickResult> onA = CompletableFuture.supplyAsync(a::tick);
            CompletableFuture<PlanGenerator.TickResult> onB = CompletableFuture.supplyAsync(b::tick);
            assertThat(onA.get().refused() + onB.get().refused()).isZero();
            if (hour == 0) {
              year.siteWork(day, day % 2 == 0 ? first.push() : second.push(), ts.db);
            }
          }
        }
        assertYear(year, ts.db, false);
      } finally {
        db2.close();
      }
    }
  }

  static ServerSettings settings() {
    // the test drives the generator itself; the instances' own generators stay off
    return ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1)
        .withPlans(new com.fieldops.server.config.PlanSettings(false, 14, java.time.Duration.ofHours(1)));
  }

  static void assertYear(PlanYear year, Database db, boolean withDowntime) {
    List<PlannedVisit> visits = PlanYear.visits(db);
    List<WorkOrder> jobs = PlanYear.all(db, "WorkOrder", WorkOrder.class).stream()
        .filter(wo -> wo.type() == WorkOrderType.PREVENTIVE).toList();
    // one job per visit, one visit per job: nothing doubled
    assertThat(jobs).hasSize(visits.size());
    assertThat(visits.stream().map(PlannedVisit::workOrderId).collect(Collectors.toSet()))
        .isEqualTo(jobs.stream().map(WorkOrder::id).collect(Collectors.toSet()));
    assertThat(jobs).allSatisfy(wo -> assertThat(wo.number()).isNotNull());

    // monthly on the 15th: every month from January 2027 to January 2028 (today + 14 days), each once,
    // the July visit missed during the downtime made once on restart (overdue)
    List<LocalDate> monthly = visits.stream().filter(v -> v.planId().equals(year.monthly))
        .map(PlannedVisit::dueOn).sorted().toList();
    List<LocalDate> expected = new java.util.ArrayList<>();
    for (LocalDate d = LocalDate.of(2027, 1, 15); !d.isAfter(LocalDate.of(2028, 1, 15)); d = d.plusMonths(1)) {
      expected.add(d);
    }
    assertThat(monthly).containsExactlyElementsOf(expected);

    // every two weeks on the three Carrier X1 of region north (not the south one), one at a time:
    // each visit made only after the previous one was completed, due 14 days after that day
    Map<UUID, List<PlannedVisit>> byMachine = visits.stream().filter(v -> v.planId().equals(year.twoWeekly))
        .collect(Collectors.groupingBy(PlannedVisit::equipmentId));
    assertThat(byMachine.keySet()).containsExactlyInAnyOrder(year.w.equipment, year.secondX1, year.otherCustomersX1);
    for (List<PlannedVisit> chain : byMachine.values()) {
      chain.sort(Comparator.comparing(PlannedVisit::dueOn));
      assertThat(chain.size()).isGreaterThan(withDowntime ? 10 : 15);
      assertThat(new HashSet<>(chain.stream().map(PlannedVisit::dueOn).toList())).hasSize(chain.size());
      for (int i = 1; i < chain.size(); i++) {
        Instant completed = completedAt(db, chain.get(i - 1).workOrderId());
        assertThat(chain.get(i).createdAt()).as("visit %s made after the previous one was completed", i)
            .isAfterOrEqualTo(completed);
        assertThat(chain.get(i).dueOn())
            .isEqualTo(completed.atZone(PlanYear.NEW_YORK).toLocalDate().plusWeeks(2));
      }
    }

    // by meter: 700 h passed 500, 1600 h passed 1000 and 1500 (one visit, for 1500), 1700 h nothing new
    assertThat(visits.stream().filter(v -> v.planId().equals(year.byMeter)).map(PlannedVisit::meterThreshold)
        .map(BigDecimal::stripTrailingZeros).toList())
        .containsExactlyInAnyOrder(new BigDecimal("500").stripTrailingZeros(), new BigDecimal("1500").stripTrailingZeros());
  }

  static Instant completedAt(Database db, UUID workOrderId) {
    return PlanYear.all(db, "WorkOrderEvent", WorkOrderEvent.class).stream()
        .filter(e -> e.workOrderId().equals(workOrderId))
        .filter(e -> e instanceof WorkOrderEvent.StatusChanged s && s.to() == WorkOrderStatus.COMPLETED)
        .map(WorkOrderEvent::occurredAt).findFirst().orElseThrow(() -> new AssertionError("not completed: " + workOrderId));
  }
}
