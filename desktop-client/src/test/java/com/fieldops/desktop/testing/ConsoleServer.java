package com.fieldops.desktop.testing;

import com.fieldops.desktop.ConsoleOptions;
import com.fieldops.desktop.DispatchConsoleApp;
import com.fieldops.demo.DemoDataGenerator;
import com.fieldops.demo.DemoDataSet;
import com.fieldops.demo.DemoSize;
import com.fieldops.demo.DemoSlaPolicies;
import com.fieldops.demo.DemoUsers;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Site;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.User;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.server.auth.PasswordHasher;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.demo.DemoDataLoader;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.EntityImporter;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Interceptor;

/**
 * The real sync server in-process for the console's tests: SQLite storage in a temporary folder,
 * loopback port 0, the seeded demo data (small size) loaded through the server's own storage path,
 * demo users with the demo password. It can be stopped and started again on the same port and data.
 * Tests change server data the way people do: as the demo dispatcher on another device
 * ({@link #dispatcherDevice}), whose mutations go through the server's push like the console's.
 */
public final class ConsoleServer implements AutoCloseable {
  public static final String DISPATCHER = DemoUsers.DISPATCHER;
  public static final String PASSWORD = DemoUsers.PASSWORD;
  public static final long SEED = DemoDataGenerator.DEFAULT_SEED;

  private final Path dir;
  private final Database db;
  private final ServerSettings settings;
  private final Clock clock;
  public final DemoDataSet data;
  private FieldOpsServer server;
  private int port;

  private ConsoleServer(Path dir, Clock clock, DemoSize size, List<?> extra) {
    this.dir = dir;
    this.clock = clock;
    this.db = Database.open(dir.resolve("server.db").toString());
    // the demo set as generated: no preventive visits added behind the screens' backs (decision 0020)
    this.settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1)
        .withTokenLifetime(Duration.ofHours(8))
        .withPlans(new com.fieldops.server.config.PlanSettings(false, 14, Duration.ofHours(1)));
    this.data = DemoDataGenerator.generate(SEED, size, clock.instant());
    new DemoDataLoader(db, PasswordHasher.fastForTests(), clock).loadIfEmpty(data);
    if (!extra.isEmpty()) {
      new EntityImporter(db, clock, last -> { }).importAll(extra);
    }
    start();
  }

  /** The small demo world (8 technicians, 20 customers, 300 work orders with their history). */
  public static ConsoleServer withDemoData(Path dir) {
    return new ConsoleServer(dir, Clock.systemUTC(), DemoSize.SMALL, List.of());
  }

  /** The small demo world plus {@code extra} records (imported through the same storage path). */
  public static ConsoleServer withDemoData(Path dir, List<?> extra) {
    return new ConsoleServer(dir, Clock.systemUTC(), DemoSize.SMALL, extra);
  }

  /**
   * A console for the demo dispatcher on this server, signing in by itself, with short sync timings
   * for tests and {@code network} (e.g. a fault injector) between its replica and the server.
   */
  public DispatchConsoleApp dispatcherConsole(Path dir, Locale locale, Clock clock, List<Interceptor> network) {
    return console(DISPATCHER, dir, locale, clock, network);
  }

  /** The same console signed in as {@code username} (a demo user, the demo password). */
  public DispatchConsoleApp console(String username, Path dir, Locale locale, Clock clock, List<Interceptor> network) {
    ConsoleOptions options = new ConsoleOptions(false, url(), username, PASSWORD, locale,
        dir.resolve("config-" + UUID.randomUUID()), dir.resolve("replicas-" + UUID.randomUUID()), clock, true);
    return new DispatchConsoleApp(options, config -> Replicas.open(config
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(3))
        .withInterceptors(network)));
  }

  public void start() {
    server = FieldOpsServer.start(db, settings.withPort(port), clock);
    port = server.port();
  }

  public void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  public boolean isRunning() {
    if (server == null) {
      return false;
    }
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** Adds {@code records} to the running server through the same storage path as the demo data. */
  public void importRecords(List<?> records) {
    new EntityImporter(db, clock, last -> { }).importAll(records);
  }

  /** How many entries the server's change log has (tests see background work such as escalations). */
  public long changeCount() {
    return db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM change_log"));
  }

  /** The server's stored state of an entity. */
  public <T> Optional<T> find(Class<T> type, UUID id) {
    String name = EntityNames.of(type);
    return db.read(c -> Jdbc.queryOne(c, "SELECT data FROM entity WHERE entity_type = ? AND id = ?",
        rs -> rs.getString(1), name, id.toString())).map(json -> read(json, type));
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return Json.mapper().readValue(json, type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The region the demo dispatcher dispatches. */
  public String dispatcherRegion() {
    return data.user(DISPATCHER).region();
  }

  /** Active technicians of the dispatcher's region, by name. */
  public List<Technician> technicians() {
    return data.technicians().stream().filter(t -> t.active() && t.region().equals(dispatcherRegion()))
        .sorted(java.util.Comparator.comparing(Technician::name)).toList();
  }

  /** A site in the dispatcher's region whose customer has the Gold 24x7 contract (customer-wide). */
  public Site goldSite() {
    for (ServiceContract sc : data.serviceContracts()) {
      if (sc.scope() == ContractScope.CUSTOMER && sc.slaPolicyId().equals(DemoSlaPolicies.GOLD_24X7)
          && sc.coversOn(java.time.LocalDate.now(clock))) {
        Optional<Site> site = data.sites().stream()
            .filter(s -> s.customerId().equals(sc.customerId()) && s.region().equals(dispatcherRegion())).findFirst();
        if (site.isPresent()) {
          return site.get();
        }
      }
    }
    throw new IllegalStateException("the demo data has no Gold customer in " + dispatcherRegion());
  }

  /** A site in the dispatcher's region whose customer has no contract (the default policy applies). */
  public Site siteWithoutContract() {
    return data.sites().stream().filter(s -> s.region().equals(dispatcherRegion()))
        .filter(s -> data.serviceContracts().stream().noneMatch(sc -> sc.customerId().equals(s.customerId())))
        .findFirst().orElseGet(() -> data.sites().stream().filter(s -> s.region().equals(dispatcherRegion()))
            .findFirst().orElseThrow());
  }

  public User dispatcherUser() {
    return data.user(DISPATCHER);
  }

  /**
   * The demo dispatcher on another device, signed in and synced: what it records reaches the server
   * through the normal push. Close it after use.
   */
  public Replica dispatcherDevice(String name) throws Exception {
    return device(DISPATCHER, name);
  }

  /** The technician's phone (their demo user), signed in and synced. */
  public Replica technicianDevice(Technician t) throws Exception {
    User user = data.users().stream().filter(u -> t.id().equals(u.technicianId())).findFirst()
        .orElseThrow(() -> new IllegalStateException("no demo user for " + t.name()));
    return device(user.username(), "phone");
  }

  /** {@code username}'s device, signed in and synced. */
  public Replica device(String username, String name) throws Exception {
    Replica r = Replicas.open(ReplicaConfig.of(dir.resolve("device-" + name + "-" + UUID.randomUUID() + ".db"), url())
        .withLocale(Locale.ENGLISH)
        // a generous request timeout: on a loaded CI machine a first sign-in with a full pull can take seconds
        .withTiming(Duration.ofMillis(200), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(30)));
    SignInOutcome outcome = r.signIn(username, PASSWORD.toCharArray()).get(90, TimeUnit.SECONDS);
    if (!(outcome instanceof SignInOutcome.SignedIn)) {
      r.close();
      throw new AssertionError("sign-in of the helper device failed: " + outcome);
    }
    await("the helper device's first sync", Duration.ofSeconds(30), () -> r.syncStatus().lastSuccessfulSync() != null);
    return r;
  }

  /** Waits until {@code r} has pushed everything it recorded. */
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
    Instant at = Instant.now();
    String token = db.write(c -> new com.fieldops.server.report.CustomerLinks().mint(c, reportId, workOrderId,
        contactId, at, at.plus(Duration.ofDays(1))));
    return url() + "/customer/report/" + token;
  }

  @Override
  public void close() {
    stop();
    db.close();
  }
}
