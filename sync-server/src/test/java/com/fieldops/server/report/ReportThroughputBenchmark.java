package com.fieldops.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.mutation.SignServiceReport;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.AttachmentKind;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Sealed reports per minute while the same server serves pushes (docs/benchmarks.md): the real server
 * on SQLite over loopback, {@code -Dbenchmark.sealed=20} completed jobs with six uploaded photos each
 * signed at once and sealed by the background report module, while {@code -Dbenchmark.pushClients=4}
 * dispatchers push notes one by one, first alone for 10 s (the baseline), then during the sealing.
 * Skipped unless {@code -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReportThroughputBenchmark {
  @Test
  void sealedReportsPerMinuteWhileTheServerServesPushes() throws Exception {
    int reports = Integer.getInteger("benchmark.sealed", 20);
    int clients = Integer.getInteger("benchmark.pushClients", 4);
    try (TestServer server = TestServer.start(Dialect.SQLITE)) {
      World w = server.world;
      ApiClient north = server.as("disp-north");
      ApiClient tech1 = server.as("tech1");
      List<String> photos = new ArrayList<>();
      List<Integer> sizes = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        byte[] photo = ReportSamples.photo(i);
        photos.add(upload(server, tech1, photo));
        sizes.add(photo.length);
      }
      List<UUID> jobs = new ArrayList<>();
      List<Object> attachments = new ArrayList<>();
      for (int i = 0; i < reports; i++) {
        UUID job = completedJob(north, tech1, w);
        jobs.add(job);
        for (int p = 0; p < 6; p++) {
          Instant now = Instant.now();
          attachments.add(new Attachment(Ids.newId(), job, AttachmentKind.PHOTO, "photo" + p + ".jpg", "image/jpeg",
              sizes.get(p), photos.get(p), "Photo " + (p + 1), now, w.tech1, now));
        }
      }
      new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(attachments);

      Load baseline = pushFor(server, w, clients, 10_000, null);
      long[] sealingMillis = new long[1];
      Load during = pushFor(server, w, clients, 0, () -> {
        long t0 = System.nanoTime();
        for (UUID job : jobs) {
          MutationResult signed = tech1.push("SignServiceReport", ServiceReport.idFor(job), new SignServiceReport(job,
              "Zoë Müller-Łęcka 周", Instant.now().minusSeconds(5), 360, 180, ReportSamples.signatureStrokes(), "ok"));
          assertThat(signed.status()).as(signed.reason()).isEqualTo(MutationStatus.APPLIED);
        }
        while (!jobs.stream().allMatch(j -> server.server.reports().pdf(ServiceReport.idFor(j)).isPresent())) {
          sleep(100);
        }
        sealingMillis[0] = (System.nanoTime() - t0) / 1_000_000;
      });
      long bytes = jobs.stream().mapToLong(j -> server.server.reports().pdf(ServiceReport.idFor(j)).get().sizeBytes())
          .sum();
      String line = String.format(Locale.ROOT, "%d reports (6 photos each) signed at once, sealed in %.1f s:"
              + " %.1f sealed reports/min, mean PDF %d KB; pushes by %d clients alone %.0f/s (p50 %d ms, p99 %d ms),"
              + " during sealing %.0f/s (p50 %d ms, p99 %d ms)", reports, sealingMillis[0] / 1000.0,
          reports * 60_000.0 / sealingMillis[0], bytes / reports / 1024, clients, baseline.perSecond(),
          baseline.p(0.5), baseline.p(0.99), during.perSecond(), during.p(0.5), during.p(0.99));
      System.out.println(line);
      assertThat(during.latencies).isNotEmpty();
    }
  }

  record Load(List<Long> latencies, long millis) {
    double perSecond() {
      return latencies.size() * 1000.0 / millis;
    }

    long p(double q) {
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
  }

  /** {@code clients} dispatchers each adding notes to their own open job for {@code millis}, or while {@code work} runs. */
  private static Load pushFor(TestServer server, World w, int clients, long millis, Runnable work) throws Exception {
    ApiClient north = server.as("disp-north");
    List<UUID> own = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      UUID job = Ids.newId();
      north.push("CreateWorkOrder", job, new CreateWorkOrder(w.customer, w.northSite, w.contact, w.equipment,
          WorkOrderType.REPAIR, Priority.P3, null, "Push load", null, null, null));
      own.add(job);
    }
    AtomicBoolean stop = new AtomicBoolean();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    for (UUID job : own) {
      ApiClient client = server.as("disp-north");
      pool.submit(() -> {
        while (!stop.get()) {
          long t = System.nanoTime();
          MutationResult r = client.push("AddNote", job, new AddNote(Ids.newId(), "Called the customer", false));
          if (r.status() == MutationStatus.APPLIED) {
            latencies.add((System.nanoTime() - t) / 1_000_000);
          }
        }
      });
    }
    if (work == null) {
      sleep(millis);
    } else {
      work.run();
    }
    stop.set(true);
    long elapsed = (System.nanoTime() - t0) / 1_000_000;
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    return new Load(new ArrayList<>(latencies), elapsed);
  }

  private static UUID completedJob(ApiClient north, ApiClient tech1, World w) {
    UUID id = Ids.newId();
    north.push("CreateWorkOrder", id, new CreateWorkOrder(w.customer, w.northSite, w.contact, w.equipment,
        WorkOrderType.REPAIR, Priority.P2, null, "Boiler leaks at the valve", null, null, w.tech1));
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      tech1.push("ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(s, null, null, null));
    }
    assertThat(tech1.push("ChangeWorkOrderStatus", id, new ChangeWorkOrderStatus(WorkOrderStatus.COMPLETED, null,
        "Replaced the valve seal", null)).status()).isEqualTo(MutationStatus.APPLIED);
    return id;
  }

  private static String upload(TestServer server, ApiClient as, byte[] photo) throws Exception {
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
    Request put = new Request.Builder().url(server.base + "/api/v1/photos/" + sha + "?size=" + photo.length
            + "&offset=0").header("Authorization", "Bearer " + as.token())
        .put(RequestBody.create(photo, MediaType.get("application/octet-stream"))).build();
    try (Response r = ApiClient.HTTP.newCall(put).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    return sha;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
