package com.fieldops.server.sla;

import static com.fieldops.sla.EscalationAction.NotifyTarget.SUPERVISOR;

import com.fieldops.common.Ids;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.common.json.Json;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityColumns;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.storage.StoredEntity;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.server.testing.World;
import com.fieldops.sla.BusinessCalendar;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationRule;
import com.fieldops.sla.EscalationTrigger;
import com.fieldops.sla.Milestone;
import com.fieldops.sla.SlaPolicy;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scheduler benchmark (skipped unless {@code -Dbenchmark=true}; see docs/benchmarks.md): with N open
 * work orders whose clocks are not due, the CPU one idle tick costs; then 1,000 clocks falling due
 * within the same minute and the lag between each breach instant and its firing, with the scheduler
 * ticking every {@value #TICK_MILLIS} ms on the real clock. Results go to the log and to
 * {@code sync-server/target/benchmark-sla.txt}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SchedulerBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(SchedulerBenchmark.class);
  private static final long TICK_MILLIS = 250;
  private static final int IDLE_TICKS = 300;
  private static final int FALLING_DUE = 1_000;

  @Test
  void sqlite() throws Exception {
    for (int n : sizes()) {
      run(Dialect.SQLITE, n);
    }
  }

  @Test
  void postgresql() throws Exception {
    for (int n : sizes()) {
      run(Dialect.POSTGRESQL, n);
    }
  }

  /**
   * The same without Maven holding the build lock for minutes: {@code java -cp <test classpath>
   * com.fieldops.server.sla.SchedulerBenchmark SQLITE,POSTGRESQL 10000,200000}.
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 1) {
      System.setProperty("benchmark.openWorkOrders", args[1]);
    }
    for (String d : (args.length > 0 ? args[0] : "SQLITE,POSTGRESQL").split(",")) {
      for (int n : sizes()) {
        new SchedulerBenchmark().run(Dialect.valueOf(d.trim()), n);
      }
    }
    System.exit(0); // the shared embedded PostgreSQL stops in its shutdown hook
  }

  private static List<Integer> sizes() {
    String s = System.getProperty("benchmark.openWorkOrders", "10000,200000");
    return java.util.Arrays.stream(s.split(",")).map(String::trim).map(Integer::parseInt).toList();
  }

  private static SlaPolicy policy() {
    return SlaPolicy.of(Ids.newId(), "Bench 24x7", TestPolicies.targets(), BusinessCalendar.twentyFourSeven("UTC"))
        .withEscalationRules(EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.breach(),
            EscalationAction.notify(SUPERVISOR)));
  }

  private void run(Dialect dialect, int open) throws Exception {
    Clock clock = Clock.systemUTC();
    World world = new World();
    SlaPolicy policy = policy();
    try (Database db = TestDatabases.open(dialect)) {
      List<Object> master = new ArrayList<>(world.records());
      master.add(policy);
      master.add(DefaultSlaPolicy.of(policy.id()));
      new EntityImporter(db, clock, last -> { }).importAll(master);
      long seedStart = System.nanoTime();
      seedOpen(db, world, policy, open, clock.instant());
      long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
      EscalationScheduler scheduler = new EscalationScheduler(db, clock, last -> { });
      // follows the master data: the policy and the default arrive, which recomputes every clock of the policy
      long firstStart = System.nanoTime();
      EscalationScheduler.TickResult first = scheduler.tick();
      LOG.warn("SLA benchmark {} open={}: first tick {} in {} ms", dialect, open, first,
          (System.nanoTime() - firstStart) / 1_000_000);

      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < 50; i++) {
        scheduler.tick(); // warm-up
      }
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      int processed = 0;
      for (int i = 0; i < IDLE_TICKS; i++) {
        processed += scheduler.tick().processed();
      }
      double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000.0 / IDLE_TICKS;
      double wallMicros = (System.nanoTime() - wall0) / 1_000.0 / IDLE_TICKS;
      String afterVacuum = "";
      if (dialect == Dialect.POSTGRESQL) {
        explainIdleQueries(db, open, "right after the burst");
        explainIdleQueries(db, open, "again");
        db.read(c -> Jdbc.update(c, "VACUUM (ANALYZE) sla_clock"));
        explainIdleQueries(db, open, "after VACUUM");
        long cpu1 = threads.getCurrentThreadCpuTime();
        long wall1 = System.nanoTime();
        for (int i = 0; i < IDLE_TICKS; i++) {
          scheduler.tick();
        }
        afterVacuum = String.format(java.util.Locale.ROOT, " (after VACUUM: cpu=%.0fus wall=%.0fus)",
            (threads.getCurrentThreadCpuTime() - cpu1) / 1_000.0 / IDLE_TICKS,
            (System.nanoTime() - wall1) / 1_000.0 / IDLE_TICKS);
      }

      // 1,000 breaches within the next minute (response 60 min on 24x7: created 60 min before)
      Instant base = clock.instant().plusSeconds(5);
      Random r = new Random(1);
      List<Object> jobs = new ArrayList<>();
      for (int i = 0; i < FALLING_DUE; i++) {
        Instant created = base.plusMillis(r.nextInt(60_000)).minus(Duration.ofMinutes(60));
        WorkOrder wo = workOrder(world, created, Priority.P2);
        jobs.add(wo);
        jobs.add(new WorkOrderEvent.Created(Ids.newId(), wo.id(), null, "bench", created, created,
            WorkOrderType.REPAIR, Priority.P2));
      }
      new EntityImporter(db, clock, last -> { }).importAll(jobs);
      ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
      loop.scheduleWithFixedDelay(scheduler::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
      Thread.sleep(Duration.between(clock.instant(), base.plusSeconds(62)).toMillis());
      loop.shutdown();
      loop.awaitTermination(30, TimeUnit.SECONDS);
      List<Long> lags = db.read(c -> Jdbc.query(c, "SELECT fired_at - level_at FROM sla_fired", rs -> rs.getLong(1)));
      Collections.sort(lags);
      String line = String.format(java.util.Locale.ROOT,
          "%s open=%d seed=%dms idleTick cpu=%.0fus wall=%.0fus%s processed=%d | breaches fired=%d/%d lag p50=%dms"
              + " p99=%dms max=%dms (tick every %dms)", dialect, open, seedMillis, cpuMicros, wallMicros, afterVacuum, processed,
          lags.size(), FALLING_DUE, pct(lags, 0.50), pct(lags, 0.99), lags.isEmpty() ? -1 : lags.get(lags.size() - 1),
          TICK_MILLIS);
      LOG.warn("SLA benchmark: {}", line);
      record(line);
    }
  }

  /** The plans and timings of an idle tick's reads, as the database runs them (logged, and in the results file). */
  private static void explainIdleQueries(Database db, int open, String when) throws IOException {
    for (String q : List.of(IDLE_CURSOR, IDLE_LAST_SEQ, IDLE_EARLIEST_DUE)) {
      List<String> plan = db.read(c -> Jdbc.query(c, "EXPLAIN (ANALYZE, BUFFERS) " + q, rs -> rs.getString(1)));
      String text = "EXPLAIN open=" + open + " " + when + ": " + q + System.lineSeparator() + "    "
          + String.join(System.lineSeparator() + "    ", plan);
      LOG.warn("{}", text);
      record(text);
      long t0 = System.nanoTime();
      for (int i = 0; i < 100; i++) {
        db.read(c -> Jdbc.query(c, q, rs -> rs.getLong(1)));
      }
      String timing = String.format(java.util.Locale.ROOT, "    round trip from Java: %.2f ms (mean of 100)",
          (System.nanoTime() - t0) / 1e6 / 100);
      LOG.warn("{}", timing);
      record(timing);
    }
  }

  private static final String IDLE_CURSOR = "SELECT last_seq FROM sla_follower WHERE id = 1";
  private static final String IDLE_LAST_SEQ = "SELECT last_seq FROM change_counter WHERE id = 1";
  private static final String IDLE_EARLIEST_DUE = "SELECT next_due_at FROM sla_clock WHERE next_due_at IS NOT NULL"
      + " ORDER BY next_due_at LIMIT 1";

  private static long pct(List<Long> sorted, double p) {
    return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static WorkOrder workOrder(World world, Instant created, Priority priority) {
    return new WorkOrder(Ids.newId(), null, world.customer, world.northSite, world.contact, null, WorkOrderType.REPAIR,
        priority, WorkOrderStatus.ASSIGNED, null, world.tech1, null, "north", null, null, "Benchmark job", null,
        created, Ids.newId());
  }

  /** Open work orders with their clock rows, written straight to the tables (not due for 30 days). */
  private static void seedOpen(Database db, World world, SlaPolicy policy, int count, Instant now) {
    EntityStore store = new EntityStore(db.dialect());
    int chunk = 10_000;
    for (int from = 0; from < count; from += chunk) {
      int size = Math.min(chunk, count - from);
      db.write(c -> {
        List<StoredEntity> rows = new ArrayList<>(size * 2);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_clock (work_order_id, policy_id, open,"
            + " next_due_at, computed_at) VALUES (?,?,?,?,?)")) {
          for (int i = 0; i < size; i++) {
            WorkOrder wo = workOrder(world, now, Priority.P4);
            WorkOrderEvent.Created ev = new WorkOrderEvent.Created(Ids.newId(), wo.id(), null, "bench", now, now,
                WorkOrderType.REPAIR, Priority.P4);
            rows.add(new StoredEntity("WorkOrder", wo.id(), 1, Json.write(wo), EntityColumns.of(wo)));
            rows.add(new StoredEntity("WorkOrderEvent", ev.id(), 1, Json.write(ev), EntityColumns.of(ev)));
            Jdbc.bind(ps, wo.id(), policy.id(), true, now.plus(Duration.ofDays(30)).toEpochMilli(), now.toEpochMilli());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        store.upsertAll(c, rows, now.toEpochMilli());
        return null;
      });
    }
    if (db.dialect() == Dialect.POSTGRESQL) {
      db.write(c -> {
        Jdbc.update(c, "ANALYZE");
        return null;
      });
    }
  }

  private static void record(String line) throws IOException {
    Path out = Path.of("target", "benchmark-sla.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

}
