package com.fieldops.server.bench;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.PullResponse;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.server.config.ServerSettings;
import com.fieldops.server.app.FieldOpsServer;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.World;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
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
 * Server benchmark, SQLite and PostgreSQL (see docs/benchmarks.md for the command):
 * (a) push ingest of N AddNote mutations in batches of 100 over HTTP vs a raw JDBC batched insert
 * of N rows of the same size (one envelope's JSON) in batches of 100, same database, same run;
 * (b) a dispatcher pulling a scope of N work orders from cursor 0;
 * (c) p50/p99 push latency with C concurrent clients on loopback (each pushes batches of 10).
 * The server runs in this JVM on loopback; the PostgreSQL is an embedded one with default
 * (durable) settings. Results go to the log and to target/benchmark-results.md.
 */
public final class SyncBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(SyncBenchmark.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String PASSWORD = "bench-password";
  /** Devices pushing at once in the second half of the ingest measure. */
  private static final int INGEST_DEVICES = 4;
  private static final int WARM_UP_PUSHES = 100;

  private final int mutations;
  private final int workOrders;
  private final int clients;
  private final int pushesPerClient;
  private final List<String> report = new ArrayList<>();
  /** Which measures to run: any of "a", "b", "c" (--parts ab). */
  private String parts = "abc";
  /** The SLA scheduler competes with what is measured here; it has its own benchmark (SchedulerBenchmark). */
  private boolean withSla;
  private final OkHttpClient http;

  SyncBenchmark(int mutations, int workOrders, int clients, int pushesPerClient) {
    this.mutations = mutations;
    this.workOrders = workOrders;
    this.clients = clients;
    this.pushesPerClient = pushesPerClient;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(1000);
    dispatcher.setMaxRequestsPerHost(1000);
    this.http = new OkHttpClient.Builder().dispatcher(dispatcher).connectionPool(new ConnectionPool(400, 1,
        TimeUnit.MINUTES)).readTimeout(120, TimeUnit.SECONDS)
        .socketFactory(new com.fieldops.replica.sync.NoDelaySockets()).build();
  }

  public static void main(String[] args) throws Exception {
    int mutations = intArg(args, "--mutations", 100_000);
    int workOrders = intArg(args, "--work-orders", 100_000);
    int clients = intArg(args, "--clients", 200);
    int pushes = intArg(args, "--pushes-per-client", 25);
    String only = stringArg(args, "--db", "both");
    String parts = stringArg(args, "--parts", "abc");
    // The SLA scheduler would spend this run catching up on the seeded work orders' clocks and
    // compete with what is measured here; it has its own benchmark (SchedulerBenchmark).
    SyncBenchmark b = new SyncBenchmark(mutations, workOrders, clients, pushes);
    b.withSla = Arrays.asList(args).contains("--with-sla");
    b.parts = parts;
    b.report.add("| database | measure | figure |");
    b.report.add("|---|---|---|");
    if (!only.equals("postgresql")) {
      Path dir = Files.createTempDirectory("fieldops-bench");
      b.run(Dialect.SQLITE, dir.resolve("bench.db").toString(), null);
    }
    if (!only.equals("sqlite")) {
      try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start()) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE bench");
        }
        b.run(Dialect.POSTGRESQL, pg.getJdbcUrl("postgres", "bench"), pg);
      }
    }
    Path out = Path.of("target", "benchmark-results.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, String.join("\n", b.report) + "\n", StandardCharsets.UTF_8);
    LOG.info("results:\n{}", String.join("\n", b.report));
    b.http.dispatcher().executorService().shutdown();
    b.http.connectionPool().evictAll();
  }

  private void run(Dialect dialect, String setting, EmbeddedPostgres pg) throws Exception {
    String name = dialect.name().toLowerCase(Locale.ROOT);
    try (Database db = Database.open(setting, "postgres", "postgres")) {
      ServerSettings settings = ServerSettings.defaults().withHost("127.0.0.1").withPort(0).withArgon2(1024, 1);
      settings = settings.withOperations(settings.operations().withSlaEnabled(withSla));
      try (FieldOpsServer server = FieldOpsServer.start(db, settings)) {
        String base = "http://127.0.0.1:" + server.port();
        World w = new World();
        new EntityImporter(db, Clock.systemUTC(), s -> { }).importAll(w.records());
        server.auth().addUser("bench", "Bench Dispatcher", Role.DISPATCHER, "north", null, PASSWORD);
        server.auth().addUser("bench-admin", "Bench Admin", Role.ADMIN, null, null, PASSWORD);

        // jobs the notes go on, and the dispatcher scope to pull: work orders in region north
        List<UUID> jobs = seedWorkOrders(db, w, workOrders);
        String token = signIn(base, "bench");

        if (parts.contains("a")) {
          pushIngest(name, db, base, token, jobs, setting);
        }
        if (parts.contains("b")) {
          pull(name, base, token);
        }
        if (parts.contains("c")) {
          latency(name, base, jobs);
        }
      }
    }
  }

  private List<UUID> seedWorkOrders(Database db, World w, int count) {
    long start = System.nanoTime();
    List<UUID> ids = new ArrayList<>(count);
    EntityImporter importer = new EntityImporter(db, Clock.systemUTC(), s -> { });
    Instant created = Instant.parse("2026-01-05T08:00:00Z");
    for (int from = 0; from < count; from += 10_000) {
      List<Object> chunk = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + 10_000); i++) {
        UUID id = Ids.newId();
        ids.add(id);
        chunk.add(new WorkOrder(id, String.format("WO-2026-%06d", i + 1), w.customer, w.northSite, null, null,
            WorkOrderType.REPAIR, Priority.P3, WorkOrderStatus.NEW, null, null, null, "north", null, null,
            "Benchmark job " + i + ": the unit makes a loud noise when it starts in the morning", null, created,
            UUID.randomUUID()));
      }
      importer.importAll(chunk);
    }
    LOG.info("seeded {} work orders in {} s", count, secs(start));
    return ids;
  }

  private void pushIngest(String name, Database db, String base, String token, List<UUID> jobs, String setting)
      throws Exception {
    // bodies built up front: the figure is the server's ingest, not the client's JSON writing
    List<String> bodies = new ArrayList<>();
    int rowBytes = 0;
    // the first WARM_UP_PUSHES bodies warm the JIT and are not timed
    for (int b = 0; b < WARM_UP_PUSHES + mutations / 100; b++) {
      List<MutationEnvelope> batch = new ArrayList<>(100);
      for (int i = 0; i < 100; i++) {
        int n = b * 100 + i;
        MutationEnvelope e = new MutationEnvelope(Ids.newId(), "AddNote", jobs.get(n % jobs.size()), null,
            "bench-phone", Instant.now(), Json.mapper().valueToTree(new AddNote(Ids.newId(),
            "Checked the pressure, all fine " + n, false)));
        if (n == 0) {
          rowBytes = Json.write(e).length();
        }
        batch.add(e);
      }
      bodies.add(Json.write(new PushRequest(batch)));
    }
    // raw first, each phase on a checkpointed WAL, so neither pays for the other's log
    checkpoint(db);
    double rawRate = rawInsert(db, rowBytes, "bench_raw");
    for (String body : bodies.subList(0, WARM_UP_PUSHES)) {
      pushAllApplied(base, token, body);
    }
    List<String> timed = bodies.subList(WARM_UP_PUSHES, bodies.size());
    checkpoint(db);
    // half the pushes from one device after the other, half from four devices at once
    int half = timed.size() / 2;
    long start = System.nanoTime();
    for (String body : timed.subList(0, half)) {
      pushAllApplied(base, token, body);
    }
    double pushSecs = secs(start);
    double pushRate = half * 100 / pushSecs;
    checkpoint(db);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < INGEST_DEVICES; i++) {
      tokens.add(signIn(base, "bench"));
    }
    ExecutorService devices = Executors.newFixedThreadPool(INGEST_DEVICES);
    List<Future<?>> sent = new ArrayList<>();
    long concurrentStart = System.nanoTime();
    for (int d = 0; d < INGEST_DEVICES; d++) {
      int device = d;
      sent.add(devices.submit(() -> {
        for (int i = half + device; i < timed.size(); i += INGEST_DEVICES) {
          pushAllApplied(base, tokens.get(device), timed.get(i));
        }
        return null;
      }));
    }
    for (Future<?> f : sent) {
      f.get(30, TimeUnit.MINUTES);
    }
    devices.shutdown();
    double concurrentSecs = secs(concurrentStart);
    double concurrentRate = (timed.size() - half) * 100 / concurrentSecs;

    long rowsPerMutation = db.read(c -> Jdbc.queryLong(c, "SELECT COUNT(*) FROM change_log WHERE entity_type IN"
        + " ('Note','WorkOrderEvent')")) / (mutations + WARM_UP_PUSHES * 100);
    // What one mutation stores, all five rows' columns together, for a raw insert of the same bytes
    long storedBytes = db.read(c -> Jdbc.queryLong(c, "SELECT"
        + " (SELECT SUM(LENGTH(entity_type) + LENGTH(id) + LENGTH(data) + COALESCE(LENGTH(work_order_id), 0) + 16)"
        + "    FROM entity WHERE entity_type IN ('Note', 'WorkOrderEvent'))"
        + " + (SELECT SUM(LENGTH(entity_type) + LENGTH(entity_id) + LENGTH(op) + COALESCE(LENGTH(data), 0) + LENGTH(region)"
        + "    + COALESCE(LENGTH(mutation_id), 0) + 32) FROM change_log WHERE entity_type IN ('Note', 'WorkOrderEvent'))"
        + " + (SELECT SUM(LENGTH(id) + LENGTH(type) + LENGTH(entity_id) + LENGTH(user_id) + LENGTH(device_id)"
        + "    + COALESCE(LENGTH(result), 0) + LENGTH(payload) + 16) FROM applied_mutation WHERE type = 'AddNote')"))
        / (mutations + WARM_UP_PUSHES * 100);
    checkpoint(db);
    double rawSameBytes = rawInsert(db, (int) storedBytes, "bench_raw_mutation_size");
    double floorRate = storageFloor(db, setting);
    row(name, "push ingest, " + half * 100 + " AddNote in batches of 100, one device after the other",
        String.format("%.0f mutations/s (%.1f s)", pushRate, pushSecs));
    row(name, "push ingest, " + (timed.size() - half) * 100 + " AddNote in batches of 100, " + INGEST_DEVICES
        + " devices at once", String.format("%.0f mutations/s (%.1f s)", concurrentRate, concurrentSecs));
    row(name, "raw JDBC batched insert, " + mutations + " rows of " + rowBytes + " bytes, 100 per transaction",
        String.format("%.0f rows/s", rawRate));
    row(name, "ratio push / raw (one device; " + INGEST_DEVICES + " devices)",
        String.format("%.2f; %.2f", pushRate / rawRate, concurrentRate / rawRate));
    row(name, "storage floor: the rows " + mutations + " mutations stored, inserted again by plain JDBC into a fresh"
        + " database with the same schema, 100 mutations per transaction", String.format("%.0f mutations/s", floorRate));
    row(name, "ratio storage floor / raw", String.format("%.2f", floorRate / rawRate));
    row(name, "ratio push / storage floor (one device; " + INGEST_DEVICES + " devices)",
        String.format("%.2f; %.2f", pushRate / floorRate, concurrentRate / floorRate));
    row(name, "raw JDBC batched insert, " + mutations + " rows of " + storedBytes
        + " bytes (all a mutation stores, as one row), 100 per transaction", String.format("%.0f rows/s", rawSameBytes));
    row(name, "ratio push / raw of the same bytes", String.format("%.2f", pushRate / rawSameBytes));
    row(name, "rows written per mutation (entity + change log per record, + 1 applied_mutation)",
        String.valueOf(rowsPerMutation * 2 + 1));
  }

  private void pushAllApplied(String base, String token, String body) throws IOException {
    PushResponse r = post(base + "/api/v1/sync/push", token, body, PushResponse.class);
    if (!r.results().stream().allMatch(x -> x.isApplied())) {
      throw new IllegalStateException("benchmark mutation rejected: " + r.results().get(0));
    }
  }

  /**
   * What the database alone needs for the push: every row the pushed mutations stored (their
   * records, change-log rows and audit rows), read back and inserted by plain JDBC into a fresh
   * database migrated to the same schema (same indexes), 100 mutations' rows per transaction.
   * No HTTP, JSON, validation or lookups: the ceiling the server's ingest can approach.
   */
  private double storageFloor(Database db, String setting) throws Exception {
    String where = " WHERE entity_type IN ('Note', 'WorkOrderEvent') ORDER BY ";
    List<Object[]> entityRows = db.read(c -> allRows(c, "SELECT * FROM entity" + where + "id"));
    List<Object[]> changeRows = db.read(c -> allRows(c, "SELECT * FROM change_log" + where + "seq"));
    List<Object[]> auditRows = db.read(c -> allRows(c, "SELECT * FROM applied_mutation WHERE type = 'AddNote'"
        + " ORDER BY id"));
    List<String> entityCols = db.read(c -> columns(c, "entity"));
    List<String> changeCols = db.read(c -> columns(c, "change_log"));
    List<String> auditCols = db.read(c -> columns(c, "applied_mutation"));
    String floorSetting;
    if (db.dialect() == Dialect.SQLITE) {
      floorSetting = Path.of(setting).resolveSibling("floor.db").toString();
    } else {
      db.read(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE bench_floor");
        }
        return null;
      });
      floorSetting = setting.replace("/bench", "/bench_floor");
    }
    try (Database floor = Database.open(floorSetting, "postgres", "postgres")) {
      int batches = auditRows.size() / 100;
      long start = System.nanoTime();
      for (int b = 0; b < batches; b++) {
        int batch = b;
        floor.write(c -> {
          insertSlice(c, "entity", entityCols, entityRows, batch, batches);
          insertSlice(c, "applied_mutation", auditCols, auditRows, batch, batches);
          insertSlice(c, "change_log", changeCols, changeRows, batch, batches);
          return null;
        });
      }
      return auditRows.size() / secs(start);
    }
  }

  private static List<Object[]> allRows(Connection c, String sql) throws java.sql.SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getObject(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<String> columns(Connection c, String table) throws java.sql.SQLException {
    List<String> cols = new ArrayList<>();
    try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT * FROM " + table
        + " WHERE 1 = 0")) {
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        cols.add(rs.getMetaData().getColumnName(i));
      }
    }
    return cols;
  }

  private static void insertSlice(Connection c, String table, List<String> cols, List<Object[]> rows, int slice,
      int slices) throws java.sql.SQLException {
    int from = (int) ((long) rows.size() * slice / slices);
    int to = (int) ((long) rows.size() * (slice + 1) / slices);
    String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES ("
        + String.join(",", java.util.Collections.nCopies(cols.size(), "?")) + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Object[] row : rows.subList(from, to)) {
        for (int i = 0; i < row.length; i++) {
          ps.setObject(i + 1, row[i]);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void checkpoint(Database db) {
    if (db.dialect() == Dialect.SQLITE) {
      db.read(c -> {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return null;
      });
    }
  }

  /** N rows of one envelope's size, 100 per transaction, through a plain JDBC connection. */
  private double rawInsert(Database db, int rowBytes, String table) throws Exception {
    String pad = "x".repeat(Math.max(1, rowBytes - 60));
    db.write(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE " + table + " (id TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL)");
      }
      return null;
    });
    long start = System.nanoTime();
    for (int b = 0; b < mutations / 100; b++) {
      db.write(c -> {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (id, kind, data) VALUES (?,?,?)")) {
          for (int i = 0; i < 100; i++) {
            ps.setString(1, Ids.newId().toString());
            ps.setString(2, "AddNote");
            ps.setString(3, "{\"text\":\"" + pad + "\"}");
            ps.addBatch();
          }
          ps.executeBatch();
        }
        return null;
      });
    }
    return mutations / secs(start);
  }

  private void pull(String name, String base, String token) throws Exception {
    long start = System.nanoTime();
    long cursor = 0;
    long changes = 0;
    long workOrdersSeen = 0;
    while (true) {
      PullResponse page = get(base + "/api/v1/sync/pull?after=" + cursor + "&limit=5000", token, PullResponse.class);
      changes += page.changes().size();
      workOrdersSeen += page.changes().stream().filter(c -> c.entityType().equals("WorkOrder")).count();
      cursor = page.cursor();
      if (!page.hasMore()) {
        break;
      }
    }
    double s = secs(start);
    row(name, "dispatcher pull from cursor 0 (" + workOrdersSeen + " work orders in scope, pages of 5000)",
        String.format("%.1f s, %.0f changes/s (%d changes)", s, changes / s, changes));
  }

  private void latency(String name, String base, List<UUID> jobs) throws Exception {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      tokens.add(signIn(base, "bench"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        long[] nanos = new long[pushesPerClient];
        go.await();
        for (int p = 0; p < pushesPerClient; p++) {
          List<MutationEnvelope> batch = new ArrayList<>(10);
          for (int i = 0; i < 10; i++) {
            batch.add(new MutationEnvelope(Ids.newId(), "AddNote", jobs.get((client * 997 + p * 10 + i) % jobs.size()),
                null, "phone-" + client, Instant.now(), Json.mapper().valueToTree(new AddNote(Ids.newId(),
                "Latency note " + p, false))));
          }
          String body = Json.write(new PushRequest(batch));
          long t0 = System.nanoTime();
          post(base + "/api/v1/sync/push", tokens.get(client), body, PushResponse.class);
          nanos[p] = System.nanoTime() - t0;
        }
        return nanos;
      }));
    }
    long start = System.nanoTime();
    go.countDown();
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      for (long n : f.get(10, TimeUnit.MINUTES)) {
        all.add(n);
      }
    }
    double s = secs(start);
    pool.shutdown();
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    row(name, clients + " concurrent clients, " + sorted.length + " pushes of 10 AddNote",
        String.format("p50 %.0f ms, p99 %.0f ms, max %.0f ms, %.0f pushes/s", pct(sorted, 0.50), pct(sorted, 0.99),
            sorted[sorted.length - 1] / 1e6, sorted.length / s));
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private void row(String db, String measure, String figure) {
    String line = "| " + db + " | " + measure + " | " + figure + " |";
    report.add(line);
    LOG.info(line);
  }

  private String signIn(String base, String user) throws IOException {
    return post(base + "/api/v1/auth/sign-in", null, Json.write(new SignInRequest(user, PASSWORD, "bench")),
        com.fieldops.protocol.SignInResponse.class).token();
  }

  private <T> T post(String url, String token, String body, Class<T> type) throws IOException {
    Request.Builder b = new Request.Builder().url(url).post(RequestBody.create(body, JSON));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return call(b.build(), type);
  }

  private <T> T get(String url, String token, Class<T> type) throws IOException {
    return call(new Request.Builder().url(url).header("Authorization", "Bearer " + token).build(), type);
  }

  private <T> T call(Request request, Class<T> type) throws IOException {
    try (Response r = http.newCall(request).execute()) {
      String text = r.body().string();
      if (r.code() != 200) {
        throw new IOException(request.url() + " answered " + r.code() + ": " + text);
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
