package com.fieldops.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.task.TaskRunner;
import com.fieldops.common.Ids;
import com.fieldops.demo.DemoSize;
import com.fieldops.mobile.signin.PhoneSession;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.mobile.today.JobCard;
import com.fieldops.mobile.today.TodayViewModel;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.ReplicaUser;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.replica.StockOnHand;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's replica and sync path for a technician with ~1,000 jobs: first sign-in to Today (empty
 * replica → signed in → working set applied → Today's cards built by the phone's own
 * {@link TodayViewModel}, docs/decisions/0031), first sign-in to the whole scope held offline (pulled
 * over loopback behind Today), cold start to Today from the replica file, and the heap after a day's work.
 * No JavaFX window: layout and painting are not in the figures. Not part of CI; docs/benchmarks.md:
 *
 * <pre>mvn -B -o -pl mobile-client -am verify -Dtest=PhoneDayBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=phone</pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "phone")
class PhoneDayBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(PhoneDayBenchmark.class);

  @TempDir
  Path dir;

  @Test
  void firstSignInColdStartAndADaysWork() throws Exception {
    List<String> report = new ArrayList<>();
    long t0 = System.nanoTime();
    // 5 technicians sharing 5,000 jobs with their history (~1,000 each), their customers, sites and
    // machines, and a 10,000-part catalogue: the technician's scope as issue #14 sizes it (the other
    // technicians only cost the server's load time, which is not measured)
    PhoneServer server = new PhoneServer(dir.resolve("server"), new DemoSize(5, 60, 900, 10_000, 5_000));
    long jobs = server.data.workOrders().stream().filter(w -> server.technician().id().equals(w.assigneeId())).count();
    report.add(String.format(Locale.ROOT, "server loaded in %.1f s: %d jobs of tech01, %d parts, %d customers",
        (System.nanoTime() - t0) / 1e9, jobs, server.data.parts().size(), server.data.customers().size()));
    Path file = dir.resolve("phone").resolve("replica.db");
    Files.createDirectories(file.getParent());
    try {
      // (1) first sign-in to Today; the server's test clock set to now, as the phone's (loading took minutes)
      server.clock().set(Instant.now());
      // the server's own start-up work (SLA scheduler, outbox, scope sweeper over 5,000 fresh jobs) is
      // not the phone's: wait until the process is idle before timing the sign-in
      report.add(settle());
      ThreadCpu threads = ThreadCpu.snapshot();
      long t1 = System.nanoTime();
      long cpu1 = cpuNanos();
      Replica replica = open(file, server);
      // the first data the phone is told of is the working set (docs/decisions/0031)
      java.util.concurrent.CountDownLatch told = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.atomic.AtomicLong workingSetAt = new java.util.concurrent.atomic.AtomicLong();
      var subscription = replica.onDataChanged(java.util.Set.of("WorkOrder"), change -> {
        workingSetAt.compareAndSet(0, System.nanoTime());
        told.countDown();
      });
      SignInOutcome outcome = replica.signIn(server.technicianUser(), PhoneServer.PASSWORD.toCharArray())
          .get(120, TimeUnit.SECONDS);
      assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
      // Today as the phone runs it: its view model reloads on every change the sync reports, and the
      // first cards it shows are those from the working set, while the pull runs on beside it
      ReplicaUser me = replica.identity().user().orElseThrow();
      TaskRunner direct = TaskRunner.direct();
      TodayViewModel live = new TodayViewModel(new PhoneSession(replica, "", me.username(), me.technicianId(),
          me.displayName()), direct, Clock.systemUTC());
      java.util.concurrent.atomic.AtomicReference<List<JobCard>> firstCards = new java.util.concurrent.atomic.AtomicReference<>();
      java.util.concurrent.atomic.AtomicLong firstCardsAt = new java.util.concurrent.atomic.AtomicLong();
      live.jobs().addListener((javafx.collections.ListChangeListener<JobCard>) c -> {
        // called on the thread that set the list, once it is complete: a consistent copy
        if (!live.jobs().isEmpty() && firstCards.get() == null) {
          firstCardsAt.set(System.nanoTime());
          firstCards.set(unmarked(live.jobs()));
        }
      });
      live.refresh();
      assertThat(told.await(5, TimeUnit.MINUTES)).as("the phone was told of its jobs").isTrue();
      PhoneServer.await("Today's first cards", Duration.ofMinutes(5), () -> firstCards.get() != null);
      long workingSet = workingSetAt.get();
      long shown = firstCardsAt.get();
      List<JobCard> early = firstCards.get();
      double firstCpu = (cpuNanos() - cpu1) / 1e9;
      Integer arrivingWhenShown = replica.syncStatus().scopeArriving();
      subscription.close();
      live.close();
      direct.close();
      PhoneServer.await("whole scope", Duration.ofMinutes(5), () -> replica.syncStatus().lastSuccessfulSync() != null
          && replica.syncStatus().scopeArriving() == null);
      long synced = System.nanoTime();
      long todayCpu0 = threadCpuNanos();
      List<JobCard> full = todayCards(replica);
      int cards = full.size();
      long todayCpu = threadCpuNanos() - todayCpu0;
      double todayWall = (System.nanoTime() - synced) / 1e9;
      double whole = (System.nanoTime() - t1) / 1e9;
      double wholeCpu = (cpuNanos() - cpu1) / 1e9;
      // the cards shown from the working set are the cards after the whole scope (the "new" mark aside)
      assertThat(early).as("Today from the working set vs after the whole scope").isEqualTo(full);
      int open = replica.workOrders().openWorkOrders().size();
      report.add(String.format(Locale.ROOT, "(a) first sign-in to Today (working set): %.2f s wall, %.2f s CPU of the "
          + "process (server included); %d cards, the same as after the whole scope; the pull was still running when "
          + "they were built: %s", (shown - t1) / 1e9, firstCpu, early.size(),
          arrivingWhenShown == null ? "no" : "yes (" + arrivingWhenShown + " %)"));
      report.add(String.format(Locale.ROOT, "  of which: sign-in to working set applied %.2f s wall; then Today's cards "
          + "%.2f s wall (while the pull runs beside)", (workingSet - t1) / 1e9, (shown - workingSet) / 1e9));
      report.add(String.format(Locale.ROOT, "(b) first sign-in to the whole scope held offline: %.2f s wall, %.2f s CPU "
          + "of the process (server included) (%d open jobs in the replica, %d cards today, %d parts on hand in the "
          + "van, replica file %.1f MB)", whole, wholeCpu, open, cards,
          replica.stock().vanOnHand(server.technician().id()).size(), Files.size(file) / 1e6));
      report.add(String.format(Locale.ROOT, "  of which: sign-in to whole scope %.2f s wall; Today's cards again %.2f s "
          + "wall, %.2f s CPU; CPU by thread group: %s", (synced - t1) / 1e9, todayWall, todayCpu / 1e9,
          threads.since(cpuNanos() - cpu1)));
      replica.close();

      // (2) cold start to Today from the replica file (what the phone does at launch: open, resume, Today)
      double[] cold = new double[5];
      double[] coldCpu = new double[5];
      for (int i = 0; i < cold.length; i++) {
        long t2 = System.nanoTime();
        long cpu2 = cpuNanos();
        Replica again = open(file, server);
        ReplicaUser who = again.identity().user().orElseThrow();
        again.start();
        today(again);
        cold[i] = (System.nanoTime() - t2) / 1e6;
        coldCpu[i] = (cpuNanos() - cpu2) / 1e6;
        assertThat(who.technicianId()).isEqualTo(server.technician().id());
        again.close();
      }
      java.util.Arrays.sort(cold);
      java.util.Arrays.sort(coldCpu);
      report.add(String.format(Locale.ROOT, "cold start to Today from the replica: median %.0f ms wall (min %.0f, max %.0f, "
          + "5 runs), median %.0f ms CPU", cold[2], cold[0], cold[4], coldCpu[2]));

      // (3) a day's work: 8 jobs accepted, travelled to, arrived, 2 notes, labour, a part, completed; then synced
      Replica day = open(file, server);
      day.start();
      int recorded = 0;
      List<WorkOrderRow> todo = day.workOrders().openWorkOrders().stream()
          .filter(r -> r.status() == WorkOrderStatus.ASSIGNED || r.status() == WorkOrderStatus.ACCEPTED).limit(8).toList();
      List<StockOnHand> van = day.stock().vanOnHand(server.technician().id()).stream()
          .filter(h -> h.part() != null && !h.part().serialized()).toList();
      server.clock().set(Instant.now());
      Instant now = Instant.now();
      for (WorkOrderRow r : todo) {
        List<CommandOutcome> outcomes = new ArrayList<>();
        if (r.status() == WorkOrderStatus.ASSIGNED) {
          outcomes.add(day.workOrders().changeStatus(r.id(), WorkOrderStatus.ACCEPTED, null));
        }
        outcomes.add(day.workOrders().changeStatus(r.id(), WorkOrderStatus.EN_ROUTE, null, null, null,
            new com.fieldops.common.GeoPoint(52.52, 13.40)));
        outcomes.add(day.workOrders().changeStatus(r.id(), WorkOrderStatus.ON_SITE, null, null, null,
            new com.fieldops.common.GeoPoint(52.53, 13.41)));
        outcomes.add(day.workOrders().addNote(r.id(), "Found the fault at the second valve.", false));
        outcomes.add(day.workOrders().addNote(r.id(), "Customer asked for a quote on a new pump.", true));
        outcomes.add(day.workOrders().addTime(r.id(), null, TimeEntryKind.LABOUR, now.minus(Duration.ofMinutes(50)),
            now.minus(Duration.ofMinutes(5)), true, null));
        if (!van.isEmpty()) {
          StockOnHand h = van.get(recorded % van.size());
          outcomes.add(day.record(r.id(), new ConsumePart(Ids.newId(), h.partId(), h.locationId(), 1, null)));
        }
        outcomes.add(day.workOrders().complete(r.id(), "Replaced the valve, tested for 10 minutes.", null, true, false, null));
        recorded += (int) outcomes.stream().filter(o -> o instanceof CommandOutcome.Recorded).count();
      }
      server.clock().set(Instant.now());
      day.syncNow();
      PhoneServer.await("the day pushed", Duration.ofMinutes(2), () -> day.syncStatus().pendingCount() == 0);
      today(day);
      server.close(); // the server shares this JVM: stop it before weighing the phone's side
      long heap = heapAfterGc();
      report.add(String.format(Locale.ROOT, "after a day's work (%d jobs, %d actions recorded, %d rejected, all pushed): "
          + "heap used after GC %.0f MB with the replica open and the server stopped (JVM of the test: JUnit, "
          + "classes of the server included); replica file %.1f MB", todo.size(), recorded,
          day.syncStatus().rejected().size(), heap / 1e6, Files.size(file) / 1e6));
      day.close();
    } finally {
      server.close();
    }
    Path out = Path.of("target", "benchmarks", "phone-day.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    report.forEach(line -> LOG.info("BENCHMARK {}", line));
  }

  private static Replica open(Path file, PhoneServer server) {
    return Replicas.open(ReplicaConfig.of(file, server.url()).withLocale(Locale.ENGLISH).withClock(Clock.systemUTC()));
  }

  /** Today's cards as the phone builds them, without the "new / changed" mark (a fresh view model sets it). */
  private static List<JobCard> todayCards(Replica replica) {
    ReplicaUser who = replica.identity().user().orElseThrow();
    PhoneSession session = new PhoneSession(replica, "", who.username(), who.technicianId(), who.displayName());
    try (TaskRunner direct = TaskRunner.direct()) {
      TodayViewModel vm = new TodayViewModel(session, direct, Clock.systemUTC());
      vm.refresh();
      List<JobCard> cards = unmarked(vm.jobs());
      vm.close();
      return cards;
    }
  }

  private static List<JobCard> unmarked(List<JobCard> cards) {
    return cards.stream().map(c -> new JobCard(c.id(), c.label(), c.start(), c.end(), c.siteZone(), c.customer(),
        c.address(), c.priority(), c.status(), c.summary(), c.countdowns(), c.next(), false, c.pending(),
        c.refused())).toList();
  }

  /** Today's cards as the phone builds them (the view model's own load, run on this thread). */
  private static int today(Replica replica) {
    ReplicaUser who = replica.identity().user().orElseThrow();
    PhoneSession session = new PhoneSession(replica, "", who.username(), who.technicianId(), who.displayName());
    try (TaskRunner direct = TaskRunner.direct()) {
      TodayViewModel vm = new TodayViewModel(session, direct, Clock.systemUTC());
      vm.refresh();
      int n = vm.jobs().size();
      vm.close();
      return n;
    }
  }

  /**
   * Waits (at most 5 minutes) until the process has used less than a tenth of a core over 2 seconds,
   * so the server's start-up sweeps are over before the phone's path is timed.
   */
  private static String settle() throws InterruptedException {
    long start = System.nanoTime();
    double busy = 1;
    while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(5)) {
      long cpu = cpuNanos();
      long wall = System.nanoTime();
      Thread.sleep(2_000);
      busy = (cpuNanos() - cpu) / (double) (System.nanoTime() - wall);
      if (busy < 0.1) {
        break;
      }
    }
    return String.format(Locale.ROOT, "server settled in %.1f s (process at %.2f cores over the last 2 s)",
        (System.nanoTime() - start) / 1e9, busy);
  }

  private static long threadCpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** CPU per live thread, to say after a run which side spent it (threads ended in between are missed). */
  private record ThreadCpu(java.util.Map<Long, Long> before) {
    static ThreadCpu snapshot() {
      java.util.Map<Long, Long> m = new java.util.HashMap<>();
      java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      for (long id : mx.getAllThreadIds()) {
        m.put(id, Math.max(0, mx.getThreadCpuTime(id)));
      }
      return new ThreadCpu(m);
    }

    /** e.g. "fieldops-sync 1.20 s, server HTTP 0.80 s, ..." (thread names grouped by kind), largest first. */
    String since(long processCpu) {
      java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      java.util.Map<String, Long> groups = new java.util.TreeMap<>();
      for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
        if (info == null) {
          continue;
        }
        long cpu = mx.getThreadCpuTime(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L);
        groups.merge(group(info.getThreadName()), Math.max(0, cpu), Long::sum);
      }
      long threadsCpu = groups.values().stream().mapToLong(Long::longValue).sum();
      groups.put("rest (GC, JIT, threads ended meanwhile)", Math.max(0, processCpu - threadsCpu));
      return groups.entrySet().stream().filter(e -> e.getValue() > 5_000_000L)
          .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
          .map(e -> String.format(Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue() / 1e9))
          .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String group(String name) {
      if (name.startsWith("fieldops-sync")) {
        return "phone sync thread (HTTP read, JSON, apply to replica)";
      }
      if (name.startsWith("fieldops-")) {
        return "phone " + name;
      }
      if (name.startsWith("qtp") || name.startsWith("Jetty") || name.contains("Javalin")) {
        return "server HTTP threads (answering)";
      }
      if (name.equals("main")) {
        return "test thread (Today's cards)";
      }
      if (name.startsWith("OkHttp")) {
        return "OkHttp";
      }
      return "other: " + name.replaceAll("[-_ ]?\\d+$", "");
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
