package com.fieldops.server.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.customer.mutation.UpsertCustomer;
import com.fieldops.customer.mutation.UpsertSite;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.World;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded server jar as a real child process: 10,000 mutations pushed in batches of 100, the
 * process killed with SIGKILL in the middle of the push, restarted on the same SQLite file, the
 * client pushes again from its first unacknowledged batch and then replays everything: every
 * mutation is applied exactly once. Runs after {@code package} (see the sync-server pom).
 */
class CrashRecoveryProcessTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MUTATIONS = 10_000;
  private static final int BATCH = 100;
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();

  @TempDir
  Path dir;

  private Path jar() {
    String configured = System.getProperty("fieldops.server.jar");
    assertThat(configured).as("system property fieldops.server.jar (set by the sync-server pom)").isNotNull();
    Path jar = Path.of(configured);
    assertThat(jar).as("the shaded jar: run this test with 'mvn verify', after package").exists();
    return jar;
  }

  private Process java(Path log, Map<String, String> env, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-jar", jar().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().putAll(env);
    pb.environment().put("FIELDOPS_ARGON2_MEMORY_KIB", "1024");
    pb.environment().put("FIELDOPS_ARGON2_ITERATIONS", "1");
    return pb.start();
  }

  private Process serve(Path db, int port, Path log) throws Exception {
    Process p = java(log, Map.of(), "serve", "--db", db.toString(), "--port", String.valueOf(port), "--host",
        "127.0.0.1");
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      assertThat(p.isAlive()).as("server process died, see %s", log).isTrue();
      try (Response r = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/health").build())
          .execute()) {
        if (r.code() == 200) {
          return p;
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("server did not start, see " + log);
  }

  private String signIn(int port) throws IOException {
    try (Response r = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/api/v1/auth/sign-in")
        .post(RequestBody.create(Json.write(new SignInRequest("admin", "crash-test-pw", "d")), JSON)).build())
        .execute()) {
      assertThat(r.code()).isEqualTo(200);
      return Json.mapper().readTree(r.body().string()).get("token").asText();
    }
  }

  private List<MutationResult> push(int port, String token, List<MutationEnvelope> batch) throws IOException {
    try (Response r = http.newCall(new Request.Builder().url("http://127.0.0.1:" + port + "/api/v1/sync/push")
        .header("Authorization", "Bearer " + token)
        .post(RequestBody.create(Json.write(new PushRequest(batch)), JSON)).build()).execute()) {
      if (r.code() != 200) {
        throw new IOException("push answered " + r.code() + ": " + r.body().string());
      }
      return Json.mapper().readValue(r.body().string(), PushResponse.class).results();
    }
  }

  private static MutationEnvelope envelope(String type, UUID entityId, Object payload) {
    return new MutationEnvelope(Ids.newId(), type, entityId, null, "crash-phone", Instant.now(),
        Json.mapper().valueToTree(payload));
  }

  @Test
  void killedMidPushAndRestartedEveryMutationIsAppliedExactlyOnce() throws Exception {
    Path db = dir.resolve("crash.db");
    Path log = dir.resolve("server.log");
    Process add = java(log, Map.of("FIELDOPS_NEW_PASSWORD", "crash-test-pw"), "user", "add", "admin", "--role",
        "ADMIN", "--db", db.toString());
    assertThat(add.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(add.exitValue()).as("user add, see %s", log).isZero();

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process server = serve(db, port, log);
    String token = signIn(port);
    World w = new World();
    UUID workOrder = Ids.newId();
    List<MutationEnvelope> setup = List.of(
        envelope("UpsertCustomer", w.customer, new UpsertCustomer(w.customerRecord(w.customer, "Crash Test Ltd"))),
        envelope("UpsertSite", w.northSite, new UpsertSite(w.site(w.northSite, w.customer, "north"))),
        envelope("CreateWorkOrder", workOrder, new CreateWorkOrder(w.customer, w.northSite, null, null,
            WorkOrderType.REPAIR, Priority.P3, null, "Crash test", null, null, null)));
    assertThat(push(port, token, setup)).allMatch(MutationResult::isApplied);

    List<MutationEnvelope> notes = new ArrayList<>(MUTATIONS);
    for (int i = 0; i < MUTATIONS; i++) {
      notes.add(envelope("AddNote", workOrder, new AddNote(Ids.newId(), "note " + i, false)));
    }
    List<List<MutationEnvelope>> batches = new ArrayList<>();
    for (int i = 0; i < MUTATIONS; i += BATCH) {
      batches.add(notes.subList(i, i + BATCH));
    }

    // push like an outbox, one batch after the other; kill -9 the server while a push is in flight
    AtomicInteger acknowledged = new AtomicInteger();
    String firstToken = token;
    int firstPort = port;
    Thread pusher = new Thread(() -> {
      try {
        for (List<MutationEnvelope> batch : batches) {
          push(firstPort, firstToken, batch);
          acknowledged.incrementAndGet();
        }
      } catch (IOException expectedWhenKilled) {
        // the connection died with the server
      }
    });
    pusher.start();
    while (acknowledged.get() < 15 && pusher.isAlive()) {
      Thread.sleep(5);
    }
    server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    pusher.join(30_000);
    int acked = acknowledged.get();
    assertThat(acked).as("killed in the middle of the push").isBetween(15, batches.size() - 1);

    Process restarted = serve(db, port, log);
    try {
      String again = signIn(port);
      for (int b = acked; b < batches.size(); b++) {
        assertThat(push(port, again, batches.get(b))).allMatch(MutationResult::isApplied);
      }
      // the client never saw some answers: replaying everything must change nothing
      for (List<MutationEnvelope> batch : batches) {
        assertThat(push(port, again, batch)).allMatch(r -> r.status() == MutationStatus.APPLIED);
      }
    } finally {
      restarted.destroy();
      restarted.waitFor(30, TimeUnit.SECONDS);
    }

    try (Database check = Database.open(db.toString())) {
      long noteRows = check.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'Note'"));
      long noteVersions = check.read(c -> Jdbc.queryLong(c,
          "SELECT COUNT(*) FROM entity WHERE entity_type = 'Note' AND version = 1"));
      long noteChanges = check.read(c -> Jdbc.queryLong(c,
          "SELECT COUNT(*) FROM change_log WHERE entity_type = 'Note'"));
      long applied = check.read(c -> Jdbc.queryLong(c,
          "SELECT COUNT(*) FROM applied_mutation WHERE type = 'AddNote'"));
      long lastSeq = check.read(c -> Jdbc.queryLong(c, "SELECT last_seq FROM change_counter"));
      long logRows = check.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM change_log"));
      assertThat(noteRows).isEqualTo(MUTATIONS);
      assertThat(noteVersions).isEqualTo(MUTATIONS);
      assertThat(noteChanges).isEqualTo(MUTATIONS);
      assertThat(applied).isEqualTo(MUTATIONS);
      assertThat(logRows).as("the change log stays gap-free across the crash").isEqualTo(lastSeq);
    }
  }

}
