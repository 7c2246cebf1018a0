package com.fieldops.server.plan;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.config.Operations;
import com.fieldops.server.config.PlanSettings;
import com.fieldops.server.config.SqliteMemory;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.server.testing.World;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plan generation benchmark (skipped unless {@code -Dbenchmark=plans}; docs/benchmarks.md): N machines
 * on 100 sites, one monthly plan each, and one generator tick with a 12-month horizon makes the 12
 * months of preventive work orders (12·N jobs) through the push path, as in production. Times the
 * tick for N = 2,500 / 5,000 / 10,000 ({@code -Dbenchmark.machines=...}), then a second tick (nothing
 * new: the cost of looking) and checks the count, then the floor ({@link PlanWriteFloor}: the same rows by
 * a raw JDBC batch insert in one transaction). SQLite's page cache and memory map per run: {@code
 * -Dbenchmark.sqlite.cache.mb}, {@code -Dbenchmark.sqlite.mmap.mb}, or several to compare in one JVM as a
 * third argument / {@code -Dbenchmark.sqlite.memory=64:0,256:0}. Results also go to
 * {@code target/benchmark-plans.txt}. The lowest floor ({@link PlanWriteFloor#setBased}): every row the
 * tick wrote, copied by the database itself table to table. {@code -Dbenchmark.keep=true} skips the floors and keeps
 * the SQLite database (its path is logged) for a look with the {@code sqlite3} shell.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "plans")
class PlanGenerationBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(PlanGenerationBenchmark.class);
  static final Instant NOW = Instant.parse("2027-01-01T06:00:00Z");

  @Test
  void twelveMonthsOfPreventiveWorkOrders() throws Exception {
    main(new String[] {System.getProperty("benchmark.db", "SQLITE"),
        System.getProperty("benchmark.machines", "2500,5000,10000")});
  }

  public static void main(String[] args) throws Exception {
    List<String> lines = new ArrayList<>();
    // optional third argument: SQLite memory settings to compare in this one JVM, "cacheMb:mmapMb,..."
    String memories = args.length > 2 ? args[2] : System.getProperty("benchmark.sqlite.memory", "");
    for (String db : args[0].split(",")) {
      for (String n : args[1].split(",")) {
        if (memories.isBlank()) {
          lines.add(run(Dialect.valueOf(db.trim()), Integer.parseInt(n.trim())));
          continue;
        }
        for (String m : memories.split(",")) {
          String[] cacheMmap = m.trim().split(":");
          lines.add(run(Dialect.valueOf(db.trim()), Integer.parseInt(n.trim()),
              new SqliteMemory(Integer.parseInt(cacheMmap[0]), Integer.parseInt(cacheMmap[1]))));
        }
      }
    }
    Path out = Path.of("target", "benchmark-plans.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  static String run(Dialect dialect, int machines) {
    return run(dialect, machines, new SqliteMemory(Integer.getInteger("benchmark.sqlite.cache.mb",
        SqliteMemory.defaults().cacheMb()), Integer.getInteger("benchmark.sqlite.mmap.mb", SqliteMemory.defaults().mmapMb())));
  }

  static String run(Dialect dialect, int machines, SqliteMemory memory) {
    World w = new World();
    Database db = Database.open(TestDatabases.setting(dialect), "postgres", "postgres",
        Operations.defaults().withSqlite(memory));
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ServerSettings settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1)
        .withOperations(Operations.defaults().withSlaEnabled(false))
        .withPlans(new PlanSettings(false, 14, Duration.ofHours(1)));
    try (FieldOpsServer server = FieldOpsServer.start(db, settings, clock)) {
      List<Object> records = new ArrayList<>(w.records());
      List<Site> sites = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        Site s = w.site(Ids.newId(), w.customer, i % 2 == 0 ? "north" : "south");
        sites.add(s);
        records.add(s);
      }
      for (int i = 0; i < machines; i++) {
        Equipment e = new Equipment(Ids.newId(), w.customer, sites.get(i % sites.size()).id(), "SN-B" + i, "Carrier",
            "X" + (i % 7), "HVAC", null, null, EquipmentStatus.ACTIVE);
        records.add(e);
        records.add(new MaintenancePlan(Ids.newId(), e.id(), PlanScope.MACHINE, sites.get(i % sites.size()).region(),
            "Carrier", e.model(), "Monthly check", PlanInterval.MONTHS, 1, null, null, WorkOrderType.PREVENTIVE,
            Priority.P3, "HVAC", 60, null, LocalDate.of(2027, 1, 5).plusDays(i % 28), false, true));
      }
      new EntityImporter(db, Clock.systemUTC(), last -> { }).importAll(records);

      PlanGenerator generator = new PlanGenerator(db, clock, server.push(), 365);
      com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      double load = os.getSystemLoadAverage();
      long seqBefore = db.read(c -> com.fieldops.server.storage.Jdbc.query(c,
          "SELECT COALESCE(MAX(seq), 0) FROM change_log", rs -> rs.getLong(1)).get(0));
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      PlanGenerator.TickResult first = generator.tick();
      double firstS = (System.nanoTime() - t0) / 1e9;
      double cpuS = (os.getProcessCpuTime() - cpu0) / 1e9;
      long t1 = System.nanoTime();
      PlanGenerator.TickResult second = generator.tick();
      double secondS = (System.nanoTime() - t1) / 1e9;
      // what the next tick's read of the last visits cost before V280: every visit ever made, parsed
      long t2 = System.nanoTime();
      int everyVisit = db.read(c -> everyVisitsLatest(c));
      double everyVisitS = (System.nanoTime() - t2) / 1e9;
      long jobs = db.read(c -> new EntityStore(db.dialect()).count(c, "WorkOrder"));
      // first the floor in SQLite alone (rolled back), then the JDBC floors, whose copies stay
      PlanWriteFloor.SetBased inSqlite = !Boolean.getBoolean("benchmark.keep")
          ? PlanWriteFloor.setBased(db, seqBefore) : new PlanWriteFloor.SetBased(0, 0, 0, "-");
      // the floor with random ids for the copies (as in round 5), then with ids next to the originals
      // (the tick's ids are time-ordered by due day, PlanIds)
      List<PlanWriteFloor.Result> floors = Boolean.getBoolean("benchmark.keep")
          ? List.of(new PlanWriteFloor.Result(0, 0, 0, 0), new PlanWriteFloor.Result(0, 0, 0, 0))
          : PlanWriteFloor.measure(db, seqBefore, false, true);
      PlanWriteFloor.Result floor = floors.get(0);
      PlanWriteFloor.Result ordered = floors.get(1);
      String line = String.format(java.util.Locale.ROOT,
          "%s machines=%d (SQLite cache %d MB, mmap %d MB): 12 months = %d visits generated in %.1f s wall (%.0f jobs/s), %.1f s process CPU"
              + " (%.0f us/job); next tick (nothing new) %.2f s (reading every visit instead, as before V280: %.2f s for"
              + " %d (plan, machine)); work orders stored %d; refused %d;"
              + " floor (raw JDBC batch insert, one transaction, of the %d work-order + visit rows and %d"
              + " change-log rows) %.2f s wall, %.2f s CPU; the same with ids in the tick's time order %.2f s wall,"
              + " %.2f s CPU; floor in the database alone (every row of the tick copied table to table, one INSERT ... SELECT"
              + " each, one transaction, rolled back) %d rows %.2f s wall, %.2f s CPU (%s); load average at start %.1f,"
              + " at end %.1f",
          dialect, machines, memory.cacheMb(), memory.mmapMb(), first.generated(), firstS, first.generated() / firstS,
          cpuS, cpuS * 1e6 / Math.max(1, first.generated()), secondS, everyVisitS, everyVisit, jobs, first.refused() + second.refused(),
          floor.entityRows(), floor.changeRows(), floor.wallS(), floor.threadCpuS(), ordered.wallS(),
          ordered.threadCpuS(), inSqlite.rows(), inSqlite.wallS(), inSqlite.threadCpuS(), inSqlite.perTable(), load,
          os.getSystemLoadAverage());
      LOG.warn("plan benchmark: {}", line);
      return line;
    } finally {
      db.close();
      if (dialect == Dialect.SQLITE && Boolean.getBoolean("benchmark.keep")) {
        LOG.warn("plan benchmark database kept at {}", db.location());
      } else if (dialect == Dialect.SQLITE) {
        // a 10,000-machine run leaves a gigabyte behind: not kept between sizes
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
          try {
            Files.deleteIfExists(Path.of(db.location() + suffix));
          } catch (IOException e) {
            LOG.warn("benchmark database not removed: {}", e.toString());
          }
        }
      }
    }
  }

  /** The tick's read of the last visits as it was before V280: every visit ever made, parsed and compared. */
  private static int everyVisitsLatest(java.sql.Connection c) throws java.sql.SQLException {
    java.util.Map<String, PlannedVisit> last = new java.util.HashMap<>();
    java.util.Comparator<PlannedVisit> order = java.util.Comparator.comparing(PlannedVisit::dueOn)
        .thenComparing(v -> v.meterThreshold() == null ? java.math.BigDecimal.ZERO : v.meterThreshold());
    for (String json : com.fieldops.server.storage.Jdbc.query(c,
        "SELECT data FROM entity WHERE entity_type = 'PlannedVisit'", rs -> rs.getString(1))) {
      PlannedVisit v = PlanState.parse(json, PlannedVisit.class);
      last.merge(v.planId() + "/" + v.equipmentId(), v, (a, b) -> order.compare(a, b) >= 0 ? a : b);
    }
    return last.size();
  }
}
