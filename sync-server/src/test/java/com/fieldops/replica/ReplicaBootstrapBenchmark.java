package com.fieldops.replica;

import com.fieldops.replica.sync.SignInOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.demo.DemoDataGenerator;
import com.fieldops.demo.DemoDataSet;
import com.fieldops.demo.DemoSize;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.PullResponse;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.server.storage.Dialect;
import com.fieldops.replica.view.WorkOrderRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bootstrap of an empty replica from the real server, next to the server's own pull time of the
 * same scope in the same run (so the replica's overhead shows as a ratio), and the local query
 * "open work orders sorted by SLA due" at 100k. Not part of CI; see docs/benchmarks.md:
 *
 * <pre>mvn -B -o -pl sync-server test -Dtest=ReplicaBootstrapBenchmark -Dbenchmark=replica</pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "replica")
class ReplicaBootstrapBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaBootstrapBenchmark.class);
  private static final int PAGE = 2000;

  @TempDir
  Path dir;

  final List<String> report = new ArrayList<>();

  @Test
  void bootstrapTechnicianAndOfficeScopes() throws Exception {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    // (a) 25 technicians sharing 25k work orders (~1k each) and a 10k-part catalogue
    try (RealServer server = new RealServer(Dialect.SQLITE)) {
      DemoDataSet set = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, new DemoSize(25, 200, 3_000, 10_000, 25_000), now);
      load(server, set);
      com.fieldops.identity.model.Technician t = set.technicians().get(0);
      server.signedInUserAdd("bench-tech", Role.TECHNICIAN, null, t.id());
      long techWorkOrders = set.workOrders().stream().filter(w -> t.id().equals(w.assigneeId())).count();
      measure(server, "bench-tech", "technician scope (" + techWorkOrders + " work orders, " + set.parts().size()
          + " parts)", false);
    }
    // (b) the office scope of 100k work orders (admin: all regions; a dispatcher sees one region of it)
    try (RealServer server = new RealServer(Dialect.SQLITE)) {
      DemoDataSet set = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, DemoSize.SCALE, now);
      load(server, set);
      server.signedInUserAdd("bench-admin", Role.ADMIN, null, null);
      measure(server, "bench-admin", "office scope (" + set.workOrders().size() + " work orders)", true);
    }
    Path out = Path.of("target", "benchmarks", "replica-bootstrap.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
    report.forEach(line -> LOG.info("BENCHMARK {}", line));
  }

  private void load(RealServer server, DemoDataSet set) {
    long t0 = System.nanoTime();
    List<Object> records = set.all().filter(r -> EntityNames.recordType(EntityNames.of(r)).isPresent()).toList();
    for (int from = 0; from < records.size(); from += 20_000) {
      server.importAll(records.subList(from, Math.min(records.size(), from + 20_000)));
    }
    report.add(String.format(Locale.ROOT, "loaded %d records into the server in %.1f s", records.size(),
        (System.nanoTime() - t0) / 1e9));
  }

  private void measure(RealServer server, String user, String what, boolean queries) throws Exception {
    // the server's own pull of the scope: HTTP pages read, not stored
    long t0 = System.nanoTime();
    long serverChanges = rawPull(server.url(), user);
    double serverSeconds = (System.nanoTime() - t0) / 1e9;

    Path file = dir.resolve(user + ".db");
    try (Replica replica = server.replica(file, null)) {
      long t1 = System.nanoTime();
      SignInOutcome outcome = replica.signIn(user, RealServer.PASSWORD.toCharArray()).get();
      assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
      Await.until("bootstrap of " + user, Duration.ofMinutes(30), () -> replica.syncStatus().lastSuccessfulSync() != null);
      double replicaSeconds = (System.nanoTime() - t1) / 1e9;
      report.add(String.format(Locale.ROOT,
          "%s: %d changes; server pull alone %.2f s (%.0f changes/s); replica bootstrap %.2f s (%.0f changes/s); "
              + "replica/server time ratio %.2f; replica file %.1f MB",
          what, serverChanges, serverSeconds, serverChanges / serverSeconds, replicaSeconds,
          serverChanges / replicaSeconds, replicaSeconds / serverSeconds, Files.size(file) / 1e6));
      if (queries) {
        double[] all = new double[5];
        int rows = 0;
        for (int i = 0; i < all.length; i++) {
          long q = System.nanoTime();
          List<WorkOrderRow> open = replica.workOrders().openWorkOrders();
          all[i] = (System.nanoTime() - q) / 1e6;
          rows = open.size();
        }
        double[] first = new double[5];
        for (int i = 0; i < first.length; i++) {
          long q = System.nanoTime();
          replica.workOrders().openWorkOrders(100);
          first[i] = (System.nanoTime() - q) / 1e6;
        }
        Arrays.sort(all);
        Arrays.sort(first);
        report.add(String.format(Locale.ROOT,
            "local query open work orders sorted by SLA due: %d rows in %.0f ms (median of 5, min %.0f); "
                + "first 100 rows %.1f ms (median)", rows, all[2], all[0], first[2]));
      }
    }
  }

  private static long rawPull(String base, String user) throws IOException {
    OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(2)).build();
    String token;
    try (Response r = client.newCall(new Request.Builder().url(base + "/api/v1/auth/sign-in")
        .post(RequestBody.create(Json.write(new SignInRequest(user, RealServer.PASSWORD, "bench")),
            MediaType.get("application/json"))).build()).execute()) {
      token = Json.mapper().readValue(r.body().string(), SignInResponse.class).token();
    }
    long cursor = 0;
    long changes = 0;
    while (true) {
      try (Response r = client.newCall(new Request.Builder()
          .url(base + "/api/v1/sync/pull?after=" + cursor + "&limit=" + PAGE)
          .header("Authorization", "Bearer " + token).build()).execute()) {
        PullResponse page = Json.mapper().readValue(r.body().byteStream(), PullResponse.class);
        changes += page.changes().size();
        if (!page.hasMore() || page.cursor() == cursor) {
          return changes;
        }
        cursor = page.cursor();
      }
    }
  }
}
