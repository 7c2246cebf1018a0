package com.fieldops.replica;

import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.identity.model.Role;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.TestDatabases;
import com.fieldops.server.testing.World;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The real sync server in-process on a real database, which can be stopped and started again on
 * the same port and data (to test clients across a server outage). Users: disp-north, disp-south,
 * tech1, tech2, tech3 (password "secret-pass").
 */
final class RealServer implements AutoCloseable {
  static final String PASSWORD = "secret-pass";

  final World world = new World();
  final Database db;
  private final ServerSettings settings;
  private FieldOpsServer server;
  private int port;

  RealServer(Dialect dialect) {
    db = TestDatabases.open(dialect);
    settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1)
        .withTokenLifetime(Duration.ofHours(1));
    start();
    new EntityImporter(db, Clock.systemUTC(), last -> { }).importAll(world.records());
    server.auth().addUser("disp-north", "Nora North", Role.DISPATCHER, "north", null, PASSWORD);
    server.auth().addUser("disp-south", "Sam South", Role.DISPATCHER, "south", null, PASSWORD);
    server.auth().addUser("tech1", "Tess One", Role.TECHNICIAN, null, world.tech1, PASSWORD);
    server.auth().addUser("tech2", "Tom Two", Role.TECHNICIAN, null, world.tech2, PASSWORD);
    server.auth().addUser("tech3", "Tia Three", Role.TECHNICIAN, null, world.tech3, PASSWORD);
  }

  void start() {
    server = FieldOpsServer.start(db, settings.withPort(port), Clock.systemUTC());
    port = server.port();
  }

  void stop() {
    server.close();
    server = null;
  }

  void signedInUserAdd(String username, Role role, String region, java.util.UUID technicianId) {
    server.auth().addUser(username, username, role, region, technicianId, PASSWORD);
  }

  void importAll(List<?> records) {
    new EntityImporter(db, Clock.systemUTC(), last -> { }).importAll(records);
  }

  /** The running instance's push path (for server-side work a test drives, e.g. plan generation). */
  com.fieldops.server.sync.PushService push() {
    return server.push();
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** A replica with short timings, so tests need not wait out a real back-off. */
  Replica replica(Path file, FaultInjector faults) {
    ReplicaConfig cfg = ReplicaConfig.of(file, url())
        .withLocale(Locale.ENGLISH)
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(5))
        .withPushBatchSize(7)
        .withInterceptors(faults == null ? List.of() : List.of(faults));
    return Replicas.open(cfg);
  }

  Replica signedIn(Path dir, String user, FaultInjector faults) throws Exception {
    Replica r = replica(dir.resolve(user + ".db"), faults);
    SignInOutcome outcome = r.signIn(user, PASSWORD.toCharArray()).get();
    if (!(outcome instanceof SignInOutcome.SignedIn)) {
      r.close();
      throw new AssertionError("sign-in of " + user + " failed: " + outcome);
    }
    return r;
  }

  @Override
  public void close() {
    if (server != null) {
      stop();
    }
    db.close();
  }
}
