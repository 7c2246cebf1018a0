package com.fieldops.replica;

import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.server.storage.Dialect;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's own uploader (the replica's photo queue and sync engine, not a hand-written client):
 * N photos of M MB attached offline, then signal; time until the last one is on the server. Again with
 * every photo's connection lost once halfway through (at its first chunk at or past the middle), the
 * engine's retry asking the server where to go on. Not part of CI; command in docs/benchmarks.md.
 */
public final class PhotoQueueBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(PhotoQueueBenchmark.class);

  private PhotoQueueBenchmark() {}

  public static void main(String[] args) throws Exception {
    int photos = arg(args, "--photos", 20);
    int megabytes = arg(args, "--mb", 2);
    List<String> list = Arrays.asList(args);
    String db = list.contains("--db") ? list.get(list.indexOf("--db") + 1) : "both";
    for (Dialect d : Dialect.values()) {
      if (db.equals("both") || d.name().toLowerCase(Locale.ROOT).startsWith(db)) {
        run(d, photos, megabytes << 20);
      }
    }
    System.exit(0);
  }

  private static void run(Dialect dialect, int photos, int size) throws Exception {
    Path dir = Files.createTempDirectory("photo-queue-bench");
    CutHalfway cut = new CutHalfway();
    FaultInjector network = new FaultInjector(1, 0);
    try (RealServer server = new RealServer(dialect)) {
      Replica office = server.signedIn(dir, "disp-north", null);
      Replica phone = Replicas.open(ReplicaConfig.of(dir.resolve("tech1.db"), server.url()).withLocale(Locale.ENGLISH)
          .withTiming(Duration.ofSeconds(30), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(30))
          .withInterceptors(List.of(network, cut)));
      try (office; phone) {
        SignInOutcome in = phone.signIn("tech1", RealServer.PASSWORD.toCharArray()).get(60, TimeUnit.SECONDS);
        if (!(in instanceof SignInOutcome.SignedIn)) {
          throw new IllegalStateException("sign-in failed: " + in);
        }
        UUID job = job(server, office, phone);
        double clean = uploadAll(phone, network, job, photos, size, 0);
        cut.armed = true;
        long before = cut.delivered.get();
        double resumed = uploadAll(phone, network, job, photos, size, 1000);
        double mb = (double) photos * size / (1 << 20);
        double resentMb = (cut.delivered.get() - before - (long) photos * size) / 1048576.0;
        LOG.info("event=photo_queue_benchmark db={} photos={} mb_each={} clean_s={} clean_mb_s={} cut_s={} cut_mb_s={} "
            + "cuts={} resent_mb={}", dialect, photos, size >> 20, fmt(clean), fmt(mb / clean), fmt(resumed),
            fmt(mb / resumed), cut.cuts.get(), fmt(resentMb));
        System.out.printf(Locale.ROOT, "%s: %d photos x %d MB through the phone's queue: %.2f s = %.1f MB/s; "
            + "each cut halfway + resumed: %.2f s = %.1f MB/s (%d cuts, %.2f MB sent twice)%n", dialect, photos,
            size >> 20, clean, mb / clean, resumed, mb / resumed, cut.cuts.get(), resentMb);
      }
    }
  }

  /** Attaches the photos with no signal, then gives signal and times until the server has all of them. */
  private static double uploadAll(Replica phone, FaultInjector network, UUID job, int photos, int size, long seed)
      throws Exception {
    network.offline(true);
    for (int i = 0; i < photos; i++) {
      CommandOutcome o = phone.photos().attach(job, PhotoQueueAgainstServerTest.jpegLike(size, seed + i), "p" + i + ".jpg",
          Instant.now());
      if (!(o instanceof CommandOutcome.Recorded)) {
        throw new IllegalStateException("not recorded: " + o);
      }
    }
    long t0 = System.nanoTime();
    network.offline(false);
    phone.syncNow();
    Instant end = Instant.now().plus(Duration.ofMinutes(5));
    while (phone.photos().waitingCount() > 0 || phone.syncStatus().pendingCount() > 0) {
      if (Instant.now().isAfter(end)) {
        throw new IllegalStateException("photos still waiting: " + phone.photos().waitingCount());
      }
      Thread.sleep(50);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private static UUID job(RealServer server, Replica office, Replica phone) throws Exception {
    CommandOutcome created = office.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer,
        server.world.northSite, null, null, WorkOrderType.REPAIR, Priority.P2, "Photo benchmark", null, null, null,
        server.world.tech1));
    UUID id = ((CommandOutcome.Recorded) created).entityId();
    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    while (phone.workOrders().workOrder(id).isEmpty()) {
      if (Instant.now().isAfter(end)) {
        throw new IllegalStateException("the job did not reach the phone");
      }
      office.syncNow();
      phone.syncNow();
      Thread.sleep(50);
    }
    return id;
  }

  /** Loses the connection once per photo, on its first chunk at or past the middle; counts the bytes sent (a cut chunk too). */
  static final class CutHalfway implements Interceptor {
    volatile boolean armed;
    final Set<String> cutOnce = ConcurrentHashMap.newKeySet();
    final AtomicLong cuts = new AtomicLong();
    final AtomicLong delivered = new AtomicLong();

    @Override
    public Response intercept(Chain chain) throws IOException {
      var request = chain.request();
      if (!request.method().equals("PUT")) {
        return chain.proceed(request);
      }
      long size = Long.parseLong(request.url().queryParameter("size"));
      long offset = Long.parseLong(request.url().queryParameter("offset"));
      String sha = request.url().pathSegments().get(request.url().pathSize() - 1);
      delivered.addAndGet(request.body().contentLength()); // sent, whether it arrives or not
      if (armed && offset >= size / 2 && cutOnce.add(sha)) {
        cuts.incrementAndGet();
        throw new IOException("connection lost halfway (benchmark)");
      }
      return chain.proceed(request);
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static int arg(String[] args, String name, int def) {
    int i = Arrays.asList(args).indexOf(name);
    return i < 0 ? def : Integer.parseInt(args[i + 1]);
  }
}
