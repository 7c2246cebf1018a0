package com.fieldops.mobile.testing;

import com.fieldops.common.json.Json;
import com.fieldops.demo.DemoDataGenerator;
import com.fieldops.demo.DemoDataSet;
import com.fieldops.demo.DemoSize;
import com.fieldops.demo.DemoUsers;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.User;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.demo.DemoDataLoader;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The real sync server in-process for the phone's tests: SQLite in a temporary folder, loopback port
 * 0, the small demo world, on a clock the test moves (so work recorded offline "two hours ago" on the
 * phone reaches a server that has lived those two hours).
 */
public final class PhoneServer implements AutoCloseable {
  public static final String PASSWORD = DemoUsers.PASSWORD;

  private final Path dir;
  private final Database db;
  private final MutableClock clock;
  public final DemoDataSet data;
  private FieldOpsServer server;

  public PhoneServer(Path dir) {
    this(dir, DemoSize.SMALL);
  }

  /** The same with a demo world of {@code size} (the benchmark's ~1,000 jobs per technician). */
  public PhoneServer(Path dir, DemoSize size) {
    this.dir = dir;
    this.clock = new MutableClock(Instant.now());
    this.db = Database.open(dir.resolve("server.db").toString());
    this.data = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED, size, clock.instant());
    new DemoDataLoader(db, PasswordHasher.fastForTests(), clock).loadIfEmpty(data);
    server = FieldOpsServer.start(db, ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1)
        .withTokenLifetime(Duration.ofHours(24)), clock);
  }

  public String url() {
    return "http://127.0.0.1:" + server.port();
  }

  public MutableClock clock() {
    return clock;
  }

  /** The demo technician {@code tech01} (the one on the demo dispatcher's board). */
  public Technician technician() {
    User u = data.user(DemoUsers.technician(1));
    return data.technicians().stream().filter(t -> t.id().equals(u.technicianId())).findFirst().orElseThrow();
  }

  public String technicianUser() {
    return DemoUsers.technician(1);
  }

  /** The server's stored state of an entity. */
  public <T> Optional<T> find(Class<T> type, UUID id) {
    String name = EntityNames.of(type);
    return db.read(c -> Jdbc.queryOne(c, "SELECT data FROM entity WHERE entity_type = ? AND id = ?",
        rs -> rs.getString(1), name, id.toString())).map(json -> {
          try {
            return Json.mapper().readValue(json, type);
          } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** {@code username}'s other device (e.g. the dispatcher's console replica), signed in and synced. */
  public Replica device(String username, String name) throws Exception {
    Replica r = Replicas.open(ReplicaConfig.of(dir.resolve("device-" + name + "-" + UUID.randomUUID() + ".db"), url())
        .withLocale(Locale.ENGLISH)
        .withTiming(Duration.ofMillis(200), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(30)));
    SignInOutcome outcome = r.signIn(username, PASSWORD.toCharArray()).get(90, TimeUnit.SECONDS);
    if (!(outcome instanceof SignInOutcome.SignedIn)) {
      r.close();
      throw new AssertionError("sign-in of the helper device failed: " + outcome);
    }
    await("the helper device's first sync", Duration.ofSeconds(90), () -> r.syncStatus().lastSuccessfulSync() != null);
    return r;
  }

  public static void pushed(Replica r) throws InterruptedException {
    r.syncNow();
    await("pushed", Duration.ofSeconds(20), () -> r.syncStatus().pendingCount() == 0);
  }

  public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(25);
    }
    if (!condition.getAsBoolean()) {
      throw new AssertionError("timed out waiting for: " + what);
    }
  }

  /** The sealed PDF the server stored for a report, as it would serve it. */
  public Optional<byte[]> storedReportPdf(UUID reportId) {
    return db.read(c -> Jdbc.queryOne(c, "SELECT pdf FROM service_report_pdf WHERE report_id = ?",
        rs -> rs.getBytes(1), reportId.toString()));
  }

  /** A fresh customer's link to a report's page (as the report's e-mail carries one), for a test to rate the visit. */
  public String customerLink(UUID reportId, UUID workOrderId, UUID contactId) {
    Instant at = clock.instant();
    String token = db.write(c -> new com.fieldops.server.report.CustomerLinks().mint(c, reportId, workOrderId,
        contactId, at, at.plus(Duration.ofDays(1))));
    return url() + "/customer/report/" + token;
  }

  /** Stops the server and closes its database; a second call does nothing. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
      server = null;
      db.close();
    }
  }
}
