package com.fieldops.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.sla.SlaPolicy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scheduler over a simulated week of thousands of work orders on an injected clock. */
class SchedulerWeekTest {
  private static final Logger LOG = LoggerFactory.getLogger(SchedulerWeekTest.class);

  private static SlaFixture fixture(Database db, SlaPolicy policy) {
    SlaFixture f = new SlaFixture(db, WeekSimulation.START, policy, true);
    return f;
  }

  @Test
  void everyWarningAndBreachFiresExactlyOnceAtTheRightTimeOnSqlite() {
    SlaPolicy policy = TestPolicies.warningsAndBreaches("Europe/Berlin");
    try (SlaFixture f = fixture(TestDatabases.open(Dialect.SQLITE), policy)) {
      WeekSimulation week = new WeekSimulation(f.db, policy, f.world, f.clock);
      week.plan(2_000, 42);
      long started = System.nanoTime();
      week.run(now -> f.scheduler.tick());
      int fired = week.verify();
      LOG.info("SQLite week: {} levels fired for 2000 work orders in {} ms", fired,
          (System.nanoTime() - started) / 1_000_000);
      assertThat(fired).isGreaterThan(2_000);
    }
  }

  @Test
  void twoSchedulerInstancesOnOnePostgresqlShareTheWeekWithoutFiringAnythingTwice() throws Exception {
    SlaPolicy policy = TestPolicies.warningsAndBreaches("America/New_York");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SlaFixture f = fixture(TestDatabases.open(Dialect.POSTGRESQL), policy)) {
      EscalationScheduler a = f.newScheduler();
      EscalationScheduler b = f.newScheduler();
      AtomicInteger byA = new AtomicInteger();
      AtomicInteger byB = new AtomicInteger();
      WeekSimulation week = new WeekSimulation(f.db, policy, f.world, f.clock);
      week.plan(1_000, 7);
      long started = System.nanoTime();
      week.run(now -> {
        CompletableFuture<Void> x = CompletableFuture.runAsync(() -> byA.addAndGet(a.tick().fired()), pool);
        CompletableFuture<Void> y = CompletableFuture.runAsync(() -> byB.addAndGet(b.tick().fired()), pool);
        x.join();
        y.join();
      });
      int fired = week.verify();
      LOG.info("PostgreSQL week, two instances: {} levels fired ({} by A, {} by B) in {} ms", fired, byA.get(),
          byB.get(), (System.nanoTime() - started) / 1_000_000);
      assertThat(byA.get() + byB.get()).isEqualTo(fired);
      assertThat(byA.get()).isPositive();
      assertThat(byB.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
  }

}
