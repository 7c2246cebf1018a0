package com.fieldops.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.PushRequest;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.FullDisk;
import com.fieldops.server.testing.StoredData;
import com.fieldops.server.testing.TestServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database becoming unusable under a running server (PostgreSQL stopped, the disk full) is an
 * outage, not a bug: every request is answered 503 {@code UNAVAILABLE} with Retry-After, changes
 * nothing, and the same push succeeds exactly once when the database is back.
 */
class DatabaseOutageTest {
  private static final String PUSH = "/api/v1/sync/push";

  @Test
  void aFullDiskAnswersUnavailableChangesNothingAndThePushIsAppliedOnceWhenThereIsRoomAgain() throws Exception {
    try (TestServer server = TestServer.start(com.fieldops.server.storage.Dialect.SQLITE)) {
      ApiClient north = server.as("disp-north");
      UUID wo = createWorkOrder(server, north);
      List<MutationEnvelope> notes = notes(north, wo, 100);
      String before = StoredData.fingerprint(server.db);

      FullDisk.fill(server.db);
      ApiClient.Reply refused = north.call("POST", PUSH, Json.write(new PushRequest(notes)), "Accept-Language", "zh-CN");

      assertUnavailable(refused);
      assertThat(refused.json().get("message").asText()).contains("数据库");
      assertThat(StoredData.fingerprint(server.db)).as("nothing changed").isEqualTo(before);
      assertThat(north.get("/metrics").body()).as("operators can alert on it")
          .containsPattern("(?m)^fieldops_storage_unavailable_total(\\{[^}]*\\})? 1\\.0$");

      FullDisk.free(server.db);
      assertAppliedExactlyOnce(server, north, wo, notes);
    }
  }

  /** Its own embedded PostgreSQL (~3 s): the run's shared one cannot be stopped under the other tests. */
  @Test
  void postgresStoppingAnswersUnavailableAndTheServerCarriesOnWhenItIsBack() throws Exception {
    Path dataDir = Files.createTempDirectory("fieldops-pg-outage");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedPostgres pg = startPostgres(dataDir, port);
    System.setProperty("fieldops.db.connectTimeoutMillis", "1500");
    Database db;
    try {
      createDatabase(pg);
      db = Database.open(pg.getJdbcUrl("postgres", "outage"), "postgres", "postgres");
    } finally {
      System.clearProperty("fieldops.db.connectTimeoutMillis");
    }
    try (TestServer server = TestServer.on(db)) {
      ApiClient north = server.as("disp-north");
      UUID wo = createWorkOrder(server, north);
      List<MutationEnvelope> notes = notes(north, wo, 50);

      pg.close(); // the database server stops under the running server: its pooled connections die
      try {
        ApiClient.Reply refused = north.post(PUSH, Json.write(new PushRequest(notes)));
        assertUnavailable(refused);
        assertThat(north.get("/api/v1/sync/pull?after=0").status()).isEqualTo(503);
        assertThat(north.get("/health").status()).isEqualTo(503);
      } finally {
        pg = startPostgres(dataDir, port);
      }

      assertThat(healthyWithin(north, 20_000)).as("the server reconnects by itself").isTrue();
      assertAppliedExactlyOnce(server, north, wo, notes);
    } finally {
      pg.close();
      deleteRecursively(dataDir);
    }
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Polls /health until it answers 200 (bounded): the pool drops dead connections and opens new ones. */
  private static boolean healthyWithin(ApiClient client, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (System.currentTimeMillis() < deadline) {
      if (client.get("/health").status() == 200) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static void assertUnavailable(ApiClient.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(503);
    assertThat(reply.json().get("code").asText()).isEqualTo("UNAVAILABLE");
    assertThat(reply.header("Retry-After")).isEqualTo("5");
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("SQL").doesNotContain("at com.");
  }

  /** The push the outage refused, sent again: every mutation applied, once; a further replay changes nothing. */
  private static void assertAppliedExactlyOnce(TestServer server, ApiClient as, UUID wo, List<MutationEnvelope> notes) {
    assertThat(as.push(notes).results()).extracting(MutationResult::status).containsOnly(MutationStatus.APPLIED);
    String after = StoredData.fingerprint(server.db);
    assertThat(as.push(notes).results()).extracting(MutationResult::status).containsOnly(MutationStatus.APPLIED);
    assertThat(StoredData.fingerprint(server.db)).as("a replay changes nothing").isEqualTo(after);
    long stored = server.db.read(c -> Jdbc.queryLong(c,
        "SELECT COUNT(*) FROM entity WHERE entity_type = 'Note' AND work_order_id = ?", wo.toString()));
    assertThat(stored).isEqualTo(notes.size());
  }

  private static UUID createWorkOrder(TestServer server, ApiClient as) {
    UUID id = Ids.newId();
    MutationResult r = as.push("CreateWorkOrder", id, new CreateWorkOrder(server.world.customer,
        server.world.northSite, null, null, WorkOrderType.REPAIR, Priority.P2, null, "Boiler leaks", null, null,
        null));
    assertThat(r.status()).as(r.reason()).isEqualTo(MutationStatus.APPLIED);
    return id;
  }

  private static List<MutationEnvelope> notes(ApiClient as, UUID wo, int count) {
    List<MutationEnvelope> notes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      notes.add(as.envelope("AddNote", wo, new AddNote(Ids.newId(), "Reading " + i + ": " + "pressure ok. ".repeat(80),
          false)));
    }
    return notes;
  }

  private static EmbeddedPostgres startPostgres(Path dataDir, int port) throws Exception {
    return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
        .setServerConfig("fsync", "off").start();
  }

  private static void createDatabase(EmbeddedPostgres pg) throws Exception {
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE outage");
    }
  }
}
