package com.fieldops.replica;

import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.replica.store.CommandOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server restored from a backup under a live phone: the phone's cursor is past the end of the
 * restored log; the server says CURSOR_AHEAD, the phone takes its scope again from zero, receives
 * what is written after the restore, and its work recorded while the server was down arrives once.
 */
class RestoredServerTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String PASSWORD = "secret-pass";

  @TempDir
  Path dir;

  final World world = new World();
  Database db;
  FieldOpsServer server;
  int port;
  Replica tess;

  final ServerSettings settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1)
      .withTokenLifetime(Duration.ofHours(1));

  void start() {
    db = Database.open(dir.resolve("fieldops.db").toString());
    server = FieldOpsServer.start(db, settings.withPort(port), Clock.systemUTC());
    port = server.port();
  }

  void stop() {
    server.close();
    db.close();
  }

  @AfterEach
  void close() {
    if (tess != null) {
      tess.close();
    }
    stop();
  }

  ApiClient as(String user) throws Exception {
    ApiClient anonymous = new ApiClient("http://127.0.0.1:" + port, null, "test-" + user);
    ApiClient.Reply r = anonymous.post("/api/v1/auth/sign-in", Json.write(new SignInRequest(user, PASSWORD,
        "device-" + user)));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return anonymous.withToken(Json.mapper().readValue(r.body(), SignInResponse.class).token());
  }

  UUID jobForTess(ApiClient nora, String problem) {
    UUID id = Ids.newId();
    assertThat(nora.push("CreateWorkOrder", id, new CreateWorkOrder(world.customer, world.northSite, null, null,
        WorkOrderType.REPAIR, Priority.P2, null, problem, null, null, world.tech1)).status())
        .isEqualTo(MutationStatus.APPLIED);
    return id;
  }

  long timesApplied(UUID mutationId) {
    return db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM applied_mutation WHERE id = ?",
        mutationId.toString()));
  }

  @Test
  void aPhoneAheadOfARestoredServerReloadsItsScopeAndItsUnsentWorkArrivesOnce() throws Exception {
    start();
    new EntityImporter(db, Clock.systemUTC(), last -> { }).importAll(world.records());
    server.auth().addUser("disp-north", "Nora North", Role.DISPATCHER, "north", null, PASSWORD);
    server.auth().addUser("tech1", "Tess One", Role.TECHNICIAN, null, world.tech1, PASSWORD);
    ApiClient nora = as("disp-north");
    UUID kept = jobForTess(nora, "Before the backup");
    tess = Replicas.open(ReplicaConfig.of(dir.resolve("tess.db"), "http://127.0.0.1:" + port)
        .withLocale(Locale.ENGLISH)
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(5)));
    assertThat(tess.signIn("tech1", PASSWORD.toCharArray()).get()).isInstanceOf(SignInOutcome.SignedIn.class);
    Await.until("tess holds her job", WAIT, () -> tess.workOrders().workOrder(kept).isPresent());

    Path backup = dir.resolve("backup.db");
    db.backupTo(backup);
    UUID lost = jobForTess(nora, "After the backup, lost in the restore");
    for (int i = 0; i < 5; i++) {
      nora.push("AddNote", kept, new AddNote(Ids.newId(), "Office note " + i, false));
    }
    tess.syncNow();
    Await.until("tess holds the later job", WAIT, () -> tess.workOrders().workOrder(lost).isPresent());

    stop();
    CommandOutcome noted = tess.workOrders().addNote(kept, "Written while the server was down", false);
    UUID noteMutation = ((CommandOutcome.Recorded) noted).mutationId();
    tess.syncNow();
    Await.until("offline noticed", WAIT, () -> tess.syncStatus().connectivity() == SyncStatus.Connectivity.OFFLINE);
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(dir.resolve("fieldops.db" + suffix));
    }
    Files.copy(backup, dir.resolve("fieldops.db"), StandardCopyOption.REPLACE_EXISTING);
    start();

    tess.syncNow();
    Await.until("tess re-bootstrapped", WAIT, () -> tess.syncStatus().pendingCount() == 0
        && tess.syncStatus().connectivity() == SyncStatus.Connectivity.ONLINE
        && tess.workOrders().workOrder(lost).isEmpty(), () -> tess.syncStatus().toString());
    UUID after = jobForTess(as("disp-north"), "After the restore");
    tess.syncNow();
    Await.until("tess receives what is written after the restore", WAIT, () -> tess.workOrders().workOrder(after).isPresent());

    assertThat(tess.syncStatus().rejected()).isEmpty();
    assertThat(tess.workOrders().workOrder(kept).orElseThrow().notes()).extracting(Note::text)
        .containsExactly("Written while the server was down");
    assertThat(timesApplied(noteMutation)).as("applied exactly once").isEqualTo(1);
    long notes = db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'Note'"));
    assertThat(notes).isEqualTo(1);
  }
}
