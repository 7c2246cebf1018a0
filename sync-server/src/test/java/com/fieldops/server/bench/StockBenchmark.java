package com.fieldops.server.bench;

import com.fieldops.common.Ids;
import com.fieldops.common.Money;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.stock.LedgerOnHand;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.World;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.replica.StockOnHand;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.AddNote;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stock benchmark (docs/benchmarks.md, "Stock"), SQLite and PostgreSQL:
 * (a) on-hand of one van holding 1,000 part numbers after N movements in the whole system: the
 * server's running balance ({@link LedgerOnHand}, V250), its sum from the movements (with the V140
 * indexes and, for comparison, without them), a raw JDBC select of 1,000 rows (the floor) and
 * the van technician's replica ({@code stock().onHand(van)}) after it pulled its scope;
 * (b) push of M part consumptions ({@code ConsumePart}) from T technicians at once, each on their own
 * job from their own van, next to M {@code AddNote} from the same technicians in the same run.
 * The server runs in this JVM on loopback. Results go to the log and to target/benchmark-stock.md.
 */
public final class StockBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(StockBenchmark.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String PASSWORD = "bench-password";
  private static final int CATALOGUE = 2_000;
  private static final int VAN_PARTS = 1_000;
  /** What a phone sends per push (its outbox batch). */
  private static final int PUSH_BATCH = 20;

  private final int movements;
  private final int technicians;
  private final int consumptions;
  private final String parts;
  private final List<String> report = new ArrayList<>();
  private final OkHttpClient http;

  StockBenchmark(int movements, int technicians, int consumptions, String parts) {
    this.movements = movements;
    this.technicians = technicians;
    this.consumptions = consumptions;
    this.parts = parts;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(1000);
    dispatcher.setMaxRequestsPerHost(1000);
    this.http = new OkHttpClient.Builder().dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(200, 1, TimeUnit.MINUTES)).readTimeout(300, TimeUnit.SECONDS)
        .socketFactory(new com.fieldops.replica.sync.NoDelaySockets()).build();
  }

  public static void main(String[] args) throws Exception {
    StockBenchmark b = new StockBenchmark(intArg(args, "--movements", 1_000_000), intArg(args, "--technicians", 50),
        intArg(args, "--consumptions", 10_000), stringArg(args, "--parts", "ab"));
    String only = stringArg(args, "--db", "both");
    b.report.add("| database | measure | figure |");
    b.report.add("|---|---|---|");
    if (!only.equals("postgresql")) {
      Path dir = Files.createTempDirectory("fieldops-stock-bench");
      b.run(Dialect.SQLITE, dir.resolve("bench.db").toString(), dir);
    }
    if (!only.equals("sqlite")) {
      Path dir = Files.createTempDirectory("fieldops-stock-bench");
      try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start()) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE bench");
        }
        b.run(Dialect.POSTGRESQL, pg.getJdbcUrl("postgres", "bench"), dir);
      }
    }
    Path out = Path.of("target", "benchmark-stock.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, String.join("\n", b.report) + "\n", StandardCharsets.UTF_8);
    LOG.info("results:\n{}", String.join("\n", b.report));
    b.http.dispatcher().executorService().shutdown();
    b.http.connectionPool().evictAll();
  }

  /** The seeded fleet: a van and a job per technician, the parts catalogue. */
  record Fleet(List<UUID> techs, List<UUID> vans, List<UUID> jobs, List<UUID> warehouses, List<UUID> catalogue) {}

  private void run(Dialect dialect, String setting, Path dir) throws Exception {
    String name = dialect.name().toLowerCase(Locale.ROOT);
    try (Database db = Database.open(setting, "postgres", "postgres")) {
      ServerSettings settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1);
      settings = settings.withOperations(settings.operations().withSlaEnabled(false));
      try (FieldOpsServer server = FieldOpsServer.start(db, settings)) {
        String base = "http://127.0.0.1:" + server.port();
        Fleet fleet = seedFleet(db);
        for (int i = 0; i < technicians; i++) {
          server.auth().addUser("tech-" + i, "Bench Tech " + i, Role.TECHNICIAN, null, fleet.techs().get(i), PASSWORD);
        }
        if (parts.contains("a")) {
          onHand(name, db, base, fleet, dir);
        }
        if (parts.contains("b")) {
          push(name, base, fleet);
        }
      }
    }
  }

  private Fleet seedFleet(Database db) {
    World w = new World();
    EntityImporter importer = new EntityImporter(db, Clock.systemUTC(), s -> { });
    importer.importAll(w.records());
    List<Object> records = new ArrayList<>();
    List<UUID> catalogue = new ArrayList<>();
    for (int p = 0; p < CATALOGUE; p++) {
      UUID id = Ids.newId();
      catalogue.add(id);
      records.add(new Part(id, String.format("P-%05d", p), "Bench part " + p, null, false, Money.of("4.00", "EUR"),
          Money.of("9.50", "EUR"), "pcs"));
    }
    List<UUID> warehouses = new ArrayList<>();
    for (int i = 0; i < Math.max(1, technicians / 10); i++) {
      UUID id = Ids.newId();
      warehouses.add(id);
      records.add(new StockLocation.Warehouse(id, "Depot " + i, "north", World.address("Springfield")));
    }
    List<UUID> techs = new ArrayList<>();
    List<UUID> vans = new ArrayList<>();
    List<UUID> jobs = new ArrayList<>();
    Instant created = Instant.parse("2026-01-05T08:00:00Z");
    for (int i = 0; i < technicians; i++) {
      UUID tech = Ids.newId();
      UUID van = Ids.newId();
      UUID job = Ids.newId();
      techs.add(tech);
      vans.add(van);
      jobs.add(job);
      records.add(new StockLocation.Van(van, "Van " + i, "north", tech, "B-" + i));
      records.add(new Technician(tech, null, "Bench Tech " + i, null, null, "north", List.of(), van,
          ZoneId.of("Europe/Berlin"), List.of(), List.of(), true, Money.of("60.00", "EUR"), null));
      records.add(new WorkOrder(job, String.format("WO-2026-%06d", i + 1), w.customer, w.northSite, null, null,
          WorkOrderType.REPAIR, Priority.P3, WorkOrderStatus.ON_SITE, null, tech, null, "north", null, null,
          "Bench job " + i, null, created, UUID.randomUUID()));
    }
    importer.importAll(records);
    return new Fleet(techs, vans, jobs, warehouses, catalogue);
  }

  // ---- (a) on-hand ----

  private void onHand(String name, Database db, String base, Fleet fleet, Path dir) throws Exception {
    // N movements: receipts into the depots, transfers depot → van, parts used from a van; every van
    // carries its own 1,000 of the 2,000 part numbers
    long start = System.nanoTime();
    EntityImporter importer = new EntityImporter(db, Clock.systemUTC(), s -> { });
    Instant t0 = Instant.parse("2026-01-06T08:00:00Z");
    List<Object> chunk = new ArrayList<>(10_000);
    for (int i = 0; i < movements; i++) {
      int v = i % technicians;
      int k = (i / technicians) % VAN_PARTS;
      UUID part = fleet.catalogue().get((v * 40 + k) % CATALOGUE);
      UUID van = fleet.vans().get(v);
      UUID depot = fleet.warehouses().get(v % fleet.warehouses().size());
      Instant at = t0.plusSeconds(i);
      StockMovement m = switch (i / (technicians * VAN_PARTS) % 3) {
        case 0 -> new StockMovement(Ids.newId(), part, StockMovementKind.RECEIPT, VirtualLocations.SUPPLIER, depot, 10,
            null, null, null, at);
        case 1 -> new StockMovement(Ids.newId(), part, StockMovementKind.TRANSFER, depot, van, 5, null, null, null, at);
        default -> new StockMovement(Ids.newId(), part, StockMovementKind.CONSUMPTION, van,
            VirtualLocations.CUSTOMER_SITE, 1, null, fleet.jobs().get(v), null, at);
      };
      chunk.add(m);
      if (chunk.size() == 10_000) {
        importer.importAll(chunk);
        chunk = new ArrayList<>(10_000);
      }
    }
    if (!chunk.isEmpty()) {
      importer.importAll(chunk);
    }
    UUID van = fleet.vans().get(0);
    long vanMovements = db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM entity WHERE entity_type = 'StockMovement'"
        + " AND (data LIKE ?)", "%" + van + "%"));
    LOG.info("seeded {} movements in {} s ({} touch van 0)", movements, secs(start), vanMovements);
    row(name, "seed: stock movements in the system (van 0's own)", movements + " (" + vanMovements + ")");
    if (db.dialect() == Dialect.POSTGRESQL) {
      db.read(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE entity");
        }
        return null;
      });
    }

    LedgerOnHand ledger = new LedgerOnHand(db.dialect());
    Map<UUID, Long> serverView = db.read(c -> ledger.at(c, van));
    if (serverView.size() != VAN_PARTS) {
      throw new IllegalStateException("van 0 should hold " + VAN_PARTS + " part numbers, holds " + serverView.size());
    }
    if (!db.read(c -> ledger.summed(c, van)).equals(serverView)) {
      throw new IllegalStateException("the running on-hand of van 0 differs from the sum of its movements");
    }
    double[] server = time(25, () -> db.read(c -> ledger.at(c, van)));
    row(name, "(a) server: on-hand of a van with " + VAN_PARTS + " part numbers, " + movements + " movements in the system"
        + " (running balance, V250)", stats(server));
    double[] summed = time(25, () -> db.read(c -> ledger.summed(c, van)));
    row(name, "(a) server: the same summed from the van's movements (V140 indexes; before V250)", stats(summed));
    // the floor: any 1,000 short rows read by key over JDBC, nothing computed
    double[] raw = time(25, () -> db.read(c -> Jdbc.query(c, "SELECT id, version FROM entity WHERE entity_type = 'Part'"
        + " ORDER BY id LIMIT 1000", rs -> rs.getString(1) + rs.getLong(2))));
    row(name, "(a) server: floor, raw JDBC select of 1,000 rows (part ids and versions)", stats(raw));

    // the van's technician: sign in, pull the scope, then ask the replica
    ReplicaConfig cfg = ReplicaConfig.of(dir.resolve("tech-0.db"), base).withLocale(Locale.ENGLISH);
    try (Replica phone = Replicas.open(cfg)) {
      long pullStart = System.nanoTime();
      SignInOutcome outcome = phone.signIn("tech-0", PASSWORD.toCharArray()).get(60, TimeUnit.SECONDS);
      if (!(outcome instanceof SignInOutcome.SignedIn)) {
        throw new IllegalStateException("sign-in: " + outcome);
      }
      long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
      while (phone.syncStatus().lastSuccessfulSync() == null || phone.stock().onHand(van).size() < VAN_PARTS) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the phone never got its van");
        }
        Thread.sleep(200);
      }
      row(name, "(a) replica: technician's first sync (their van's movements, the catalogue, their job)",
          String.format("%.1f s", secs(pullStart)));
      List<StockOnHand> local = phone.stock().onHand(van);
      for (StockOnHand l : local) {
        if (serverView.getOrDefault(l.partId(), Long.MIN_VALUE) != l.onHand()) {
          throw new IllegalStateException("replica and server disagree on " + l.partId());
        }
      }
      double[] replica = time(25, () -> phone.stock().onHand(van));
      row(name, "(a) replica: stock().onHand(van), " + VAN_PARTS + " part numbers (running balance, V250)",
          stats(replica));
      // the floor on the phone: the same 1,000 rows with each part's document, read but not parsed
      try (Connection phoneFile = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tech-0.db"))) {
        double[] floor = time(25, () -> Jdbc.query(phoneFile, "SELECT b.part_id, b.quantity, p.data FROM view_stock_on_hand b"
            + " LEFT JOIN view_doc p ON p.type = 'Part' AND p.id = b.part_id WHERE b.location_id = ?",
            rs -> rs.getString(1) + rs.getLong(2) + rs.getString(3), van.toString()));
        row(name, "(a) replica: floor, raw JDBC select of the 1,000 rows with their part documents (not parsed)",
            stats(floor));
      }
    }

    // for comparison: the same sum without the V140 indexes (a full pass over every movement)
    db.read(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("DROP INDEX entity_movement_to");
        s.execute("DROP INDEX entity_movement_from");
      }
      return null;
    });
    double[] noIndex = time(5, () -> db.read(c -> ledger.summed(c, van)));
    row(name, "(a) server, without the V140 indexes (for comparison)", stats(noIndex));
  }

  // ---- (b) push ----

  private void push(String name, String base, Fleet fleet) throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < technicians; i++) {
      tokens.add(signIn(base, "tech-" + i));
    }
    int perTech = consumptions / technicians;
    // warm-up, untimed: a tenth of each kind
    pushAll(base, tokens, fleet, Math.max(PUSH_BATCH, perTech / 10), "AddNote");
    pushAll(base, tokens, fleet, Math.max(PUSH_BATCH, perTech / 10), "ConsumePart");
    double notes = pushAll(base, tokens, fleet, perTech, "AddNote");
    double parts = pushAll(base, tokens, fleet, perTech, "ConsumePart");
    double notesAgain = pushAll(base, tokens, fleet, perTech, "AddNote");
    int total = perTech * technicians;
    row(name, "(b) push of " + total + " ConsumePart from " + technicians + " technicians at once (batches of "
        + PUSH_BATCH + ")", String.format("%.0f mutations/s", parts));
    row(name, "(b) push of " + total + " AddNote, same technicians, same run (before; after)",
        String.format("%.0f; %.0f mutations/s", notes, notesAgain));
    row(name, "(b) ratio ConsumePart / AddNote", String.format("%.2f", parts / ((notes + notesAgain) / 2)));
  }

  /** Each technician pushes {@code perTech} mutations of {@code type} in batches, all at once; mutations/s. */
  private double pushAll(String base, List<String> tokens, Fleet fleet, int perTech, String type) throws Exception {
    List<List<String>> bodies = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      List<String> mine = new ArrayList<>();
      for (int from = 0; from < perTech; from += PUSH_BATCH) {
        List<MutationEnvelope> batch = new ArrayList<>();
        for (int i = from; i < Math.min(perTech, from + PUSH_BATCH); i++) {
          Object payload = type.equals("AddNote")
              ? new AddNote(Ids.newId(), "Checked the pressure, all fine " + i, false)
              : new ConsumePart(Ids.newId(), fleet.catalogue().get((t * 40 + i) % CATALOGUE), fleet.vans().get(t), 1, null);
          batch.add(new MutationEnvelope(Ids.newId(), type, fleet.jobs().get(t), null, "bench-phone-" + t, Instant.now(),
              Json.mapper().valueToTree(payload)));
        }
        mine.add(Json.write(new PushRequest(batch)));
      }
      bodies.add(mine);
    }
    ExecutorService phones = Executors.newFixedThreadPool(tokens.size());
    List<Future<?>> sent = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < tokens.size(); t++) {
      int tech = t;
      sent.add(phones.submit(() -> {
        for (String body : bodies.get(tech)) {
          pushAllApplied(base, tokens.get(tech), body);
        }
        return null;
      }));
    }
    for (Future<?> f : sent) {
      f.get(30, TimeUnit.MINUTES);
    }
    double s = secs(start);
    phones.shutdown();
    return perTech * tokens.size() / s;
  }

  private void pushAllApplied(String base, String token, String body) throws IOException {
    PushResponse r = post(base + "/api/v1/sync/push", token, body, PushResponse.class);
    if (!r.results().stream().allMatch(x -> x.isApplied())) {
      throw new IllegalStateException("benchmark mutation rejected: "
          + r.results().stream().filter(x -> !x.isApplied()).findFirst().orElseThrow());
    }
  }

  // ---- helpers ----

  interface Work {
    Object run() throws Exception;
  }

  /** Runs {@code work} 3 times untimed, then {@code n} times; milliseconds, sorted. */
  private static double[] time(int n, Work work) throws Exception {
    for (int i = 0; i < 3; i++) {
      work.run();
    }
    double[] ms = new double[n + 1];
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = mx.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      long s = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(ms, 0, n);
    // last slot: this thread's CPU per run (SQLite works in the calling thread; PostgreSQL in its own process)
    ms[n] = (mx.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
    return ms;
  }

  /** Wall-clock median, p90, max and the calling thread's CPU per run: the machine is shared, CPU is steadier. */
  private static String stats(double[] timed) {
    int n = timed.length - 1;
    return String.format("median %.1f ms, p90 %.1f ms, max %.1f ms wall; %.1f ms CPU of the calling thread (%d runs)",
        timed[n / 2], timed[(int) Math.min(n - 1, Math.ceil(n * 0.9) - 1)], timed[n - 1], timed[n], n);
  }

  private void row(String db, String measure, String figure) {
    String line = "| " + db + " | " + measure + " | " + figure + " |";
    report.add(line);
    LOG.info(line);
  }

  private String signIn(String base, String user) throws IOException {
    return post(base + "/api/v1/auth/sign-in", null, Json.write(new SignInRequest(user, PASSWORD, "bench-" + user)),
        SignInResponse.class).token();
  }

  private <T> T post(String url, String token, String body, Class<T> type) throws IOException {
    Request.Builder b = new Request.Builder().url(url).post(RequestBody.create(body, JSON));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try (Response r = http.newCall(b.build()).execute()) {
      String text = r.body() == null ? "" : r.body().string();
      if (!r.isSuccessful()) {
        throw new IOException("HTTP " + r.code() + ": " + text);
      }
      return Json.mapper().readValue(text, type);
    }
  }

  private static double secs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static int intArg(String[] args, String name, int def) {
    return Integer.parseInt(stringArg(args, name, String.valueOf(def)));
  }

  private static String stringArg(String[] args, String name, String def) {
    int i = Arrays.asList(args).indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
  }
}
