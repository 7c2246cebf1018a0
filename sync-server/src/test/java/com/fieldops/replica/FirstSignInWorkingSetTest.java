package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.storage.Database;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.World;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.ReassignWorkOrder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A technician's first sign-in against the real server (docs/decisions/0031): their jobs are on the
 * phone from the working set while the pull of their whole scope is still running, the sync bar says
 * the rest is coming, and against a server without the working set the phone pulls as before.
 */
class FirstSignInWorkingSetTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String PASSWORD = "secret-pass";

  @TempDir
  Path dir;

  final World world = new World();
  Database db;
  FieldOpsServer server;
  ApiClient nora;
  Replica tess;
  final CountDownLatch pullMayGo = new CountDownLatch(1);
  final AtomicInteger workingSetCalls = new AtomicInteger();
  final AtomicInteger pullCalls = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    db = Database.open(dir.resolve("fieldops.db").toString());
    server = FieldOpsServer.start(db, ServerSettings.defaults().withHost("127.0.0.1").withPort(0)
        .withArgon2(1024, 1).withTokenLifetime(Duration.ofHours(1)), Clock.systemUTC());
    new EntityImporter(db, Clock.systemUTC(), last -> { }).importAll(world.records());
    server.auth().addUser("disp-north", "Nora North", Role.DISPATCHER, "north", null, PASSWORD);
    server.auth().addUser("tech1", "Tess One", Role.TECHNICIAN, null, world.tech1, PASSWORD);
    ApiClient anonymous = new ApiClient("http://127.0.0.1:" + server.port(), null, "test-nora");
    ApiClient.Reply r = anonymous.post("/api/v1/auth/sign-in", Json.write(new SignInRequest("disp-north", PASSWORD,
        "device-nora")));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    nora = anonymous.withToken(Json.mapper().readValue(r.body(), SignInResponse.class).token());
  }

  @AfterEach
  void stop() {
    pullMayGo.countDown();
    if (tess != null) {
      tess.close();
    }
    server.close();
    db.close();
  }

  UUID job(UUID assignee, String problem) {
    UUID id = Ids.newId();
    assertThat(nora.push("CreateWorkOrder", id, new CreateWorkOrder(world.customer, world.northSite, world.contact,
        world.equipment, WorkOrderType.REPAIR, Priority.P2, null, problem, null, null, assignee)).status())
        .isEqualTo(MutationStatus.APPLIED);
    return id;
  }

  Replica open(Interceptor interceptor) {
    return Replicas.open(ReplicaConfig.of(dir.resolve("tess.db"), "http://127.0.0.1:" + server.port())
        .withLocale(Locale.ENGLISH)
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(20))
        .withInterceptors(List.of(interceptor)));
  }

  /** Counts the calls; holds every pull until the test lets it go (the working set is not held). */
  Response holdingPulls(Interceptor.Chain chain) throws java.io.IOException {
    String path = chain.request().url().encodedPath();
    if (path.endsWith("/sync/working-set")) {
      workingSetCalls.incrementAndGet();
    } else if (path.endsWith("/sync/pull")) {
      pullCalls.incrementAndGet();
      try {
        pullMayGo.await(WAIT.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return chain.proceed(chain.request());
  }

  @Test
  void todaysJobsAreOnThePhoneBeforeTheWholeScopeHasArrivedAndTheBarSaysTheRestIsComing() throws Exception {
    UUID today = job(world.tech1, "Boiler leaks");
    UUID movedAway = job(world.tech1, "Given to Tom later");
    assertThat(nora.push("ReassignWorkOrder", movedAway, new ReassignWorkOrder(world.tech2, "closer")).status())
        .isEqualTo(MutationStatus.APPLIED);
    for (int i = 0; i < 20; i++) {
      assertThat(nora.push("AddNote", today, new AddNote(Ids.newId(), "Office note " + i, false)).status())
          .isEqualTo(MutationStatus.APPLIED);
    }
    tess = open(this::holdingPulls);

    assertThat(tess.signIn("tech1", PASSWORD.toCharArray()).get()).isInstanceOf(SignInOutcome.SignedIn.class);

    Await.until("Tess's job shows while her pull is held", WAIT, () -> tess.workOrders().workOrder(today).isPresent());
    Await.until("the pull was asked", WAIT, () -> pullCalls.get() > 0);
    var day = tess.identity().technicianDay(world.tech1, LocalDate.now(ZoneId.of("America/New_York")));
    assertThat(day.unscheduled()).extracting(r -> r.id()).containsExactly(today);
    var detail = tess.workOrders().workOrder(today).orElseThrow();
    assertThat(detail.site()).as("the job's site came with it").isNotNull();
    assertThat(tess.workOrders().workOrder(movedAway)).as("a job reassigned away").isEmpty();
    assertThat(tess.stock().part(world.part)).as("the catalogue comes with the whole scope").isEmpty();
    assertThat(tess.syncStatus().scopeArriving()).as("the bar says the rest is coming").isNotNull();
    assertThat(tess.syncStatus().lastSuccessfulSync()).isNull();
    assertThat(detail.notes()).as("the job's history came with it").hasSize(20);

    pullMayGo.countDown();

    Await.until("the whole scope arrived", WAIT, () -> tess.syncStatus().scopeArriving() == null
        && tess.syncStatus().lastSuccessfulSync() != null, () -> "status " + tess.syncStatus());
    assertThat(tess.stock().part(world.part)).isPresent();
    assertThat(tess.workOrders().workOrder(movedAway)).isEmpty();
    var after = tess.workOrders().workOrder(today).orElseThrow();
    assertThat(after.workOrder()).as("the replay of older versions did not move the job back")
        .isEqualTo(detail.workOrder());
    assertThat(after.notes()).containsExactlyInAnyOrderElementsOf(detail.notes());
    assertThat(workingSetCalls.get()).isEqualTo(1);

    // a later sync does not ask for it again
    int before = workingSetCalls.get();
    tess.syncNow();
    Await.until("a later sync", WAIT, () -> pullCalls.get() > 1);
    assertThat(workingSetCalls.get()).isEqualTo(before);
  }

  @Test
  void againstAServerWithoutTheWorkingSetThePhonePullsItsScopeAsBefore() throws Exception {
    UUID today = job(world.tech1, "Boiler leaks");
    pullMayGo.countDown();
    tess = open(chain -> {
      if (chain.request().url().encodedPath().endsWith("/sync/working-set")) {
        workingSetCalls.incrementAndGet();
        // what an older server answers for a route it does not know
        return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(404)
            .message("Not Found").body(ResponseBody.create("Not Found", MediaType.get("text/plain"))).build();
      }
      return chain.proceed(chain.request());
    });

    assertThat(tess.signIn("tech1", PASSWORD.toCharArray()).get()).isInstanceOf(SignInOutcome.SignedIn.class);

    Await.until("the whole scope arrived by the plain pull", WAIT, () -> tess.syncStatus().scopeArriving() == null
        && tess.syncStatus().lastSuccessfulSync() != null, () -> "status " + tess.syncStatus());
    assertThat(workingSetCalls.get()).isEqualTo(1);
    assertThat(tess.workOrders().workOrder(today)).isPresent();
    assertThat(tess.stock().part(world.part)).isPresent();
    assertThat(tess.syncStatus().problem()).isNull();
  }
}
