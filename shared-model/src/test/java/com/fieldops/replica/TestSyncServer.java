package com.fieldops.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fieldops.model.json.Json;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.protocol.ApiError;
import com.fieldops.protocol.Change;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.PullResponse;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.EntityNames;
import com.fieldops.protocol.mutation.MutationCatalog;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.MutationType;
import com.fieldops.protocol.mutation.Outcome;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small in-memory stand-in for the sync server, speaking the same HTTP protocol and applying
 * mutations with the same shared functions ({@link MutationCatalog}), so the engine can be tested
 * in shared-model over real HTTP. Scope: a technician sees the work orders assigned to them and
 * their children (notes, time, events); everything else is visible to everyone. The real server's
 * own tests live in sync-server.
 */
public final class TestSyncServer implements AutoCloseable {
  public record Account(String password, Actor actor, String displayName) {}

  private record Doc(String type, UUID id, long version, JsonNode data) {}

  private record Entry(long seq, String type, UUID id) {}

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Map<String, Actor> sessions = new ConcurrentHashMap<>();
  private final Map<String, Doc> docs = new HashMap<>();
  private final List<Entry> log = new ArrayList<>();
  private final Map<UUID, MutationResult> results = new HashMap<>();
  private final Map<UUID, Integer> applyCount = new HashMap<>();
  private final AtomicInteger numbers = new AtomicInteger();
  private final int pageSize;
  private volatile long pushDelayMillis;
  private HttpServer http;
  private int port;

  public TestSyncServer(int pageSize) {
    this.pageSize = pageSize;
  }

  /** Makes every push slower (to kill a client in the middle of pushing). */
  public TestSyncServer pushDelay(long millis) {
    this.pushDelayMillis = millis;
    return this;
  }

  public TestSyncServer account(String username, String password, Actor actor) {
    accounts.put(username, new Account(password, actor, username));
    return this;
  }

  public synchronized TestSyncServer seed(Object entity) {
    write(EntityNames.of(entity), EntityNames.idOf(entity), Json.mapper().valueToTree(entity));
    return this;
  }

  /** Starts on {@code port} (0 = any free port); again on the same port after {@link #stop()}. */
  public TestSyncServer start(int wantedPort) throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", wantedPort), 50);
    http.setExecutor(Executors.newFixedThreadPool(4));
    http.createContext("/api/v1/auth/sign-in", ex -> handle(ex, this::signIn));
    http.createContext("/api/v1/sync/push", ex -> handle(ex, this::push));
    http.createContext("/api/v1/sync/pull", ex -> handle(ex, this::pull));
    http.start();
    port = http.getAddress().getPort();
    return this;
  }

  public void stop() {
    if (http != null) {
      http.stop(0);
      ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
      http = null;
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    stop();
  }

  /** How many times the mutation with this id changed server state (must be 0 or 1). */
  public synchronized int timesApplied(UUID mutationId) {
    return applyCount.getOrDefault(mutationId, 0);
  }

  public synchronized int appliedTotal() {
    return applyCount.size();
  }

  /** The texts of the notes on a work order, one entry per note. */
  public synchronized List<String> noteTexts(UUID workOrderId) {
    List<String> out = new ArrayList<>();
    for (Doc d : docs.values()) {
      if ("Note".equals(d.type()) && d.data().get("workOrderId").asText().equals(workOrderId.toString())) {
        out.add(d.data().get("text").asText());
      }
    }
    return out;
  }

  public synchronized Map<UUID, Integer> applyCounts() {
    return Map.copyOf(applyCount);
  }

  public synchronized Optional<MutationResult> result(UUID mutationId) {
    return Optional.ofNullable(results.get(mutationId));
  }

  /** The documents the given actor may see, by "type/id". */
  public synchronized Map<String, JsonNode> scopeOf(Actor actor) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Doc d : docs.values()) {
      if (visible(actor, d)) {
        out.put(d.type() + "/" + d.id(), d.data());
      }
    }
    return out;
  }

  public Actor actorOf(String username) {
    return accounts.get(username).actor();
  }

  public synchronized <T> Optional<T> find(Class<T> cls, UUID id) {
    Doc d = docs.get(EntityNames.of(cls) + "/" + id);
    return Optional.ofNullable(d).map(x -> Json.mapper().convertValue(x.data(), cls));
  }

  // ---- protocol ----

  private interface Handler {
    Object handle(HttpExchange ex, Actor actor) throws IOException;
  }

  private void handle(HttpExchange ex, Handler h) throws IOException {
    try (ex) {
      Actor actor = null;
      if (!ex.getRequestURI().getPath().endsWith("sign-in")) {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        actor = auth == null ? null : sessions.get(auth.replace("Bearer ", ""));
        if (actor == null) {
          send(ex, 401, ApiError.of("UNAUTHORIZED", "Sign in first."));
          return;
        }
      }
      Object body = h.handle(ex, actor);
      if (body instanceof ApiError e) {
        send(ex, 401, e);
      } else {
        send(ex, 200, body);
      }
    } catch (RuntimeException e) {
      send(ex, 500, ApiError.of("INTERNAL", "bug"));
    }
  }

  private static void send(HttpExchange ex, int status, Object body) throws IOException {
    byte[] bytes = Json.mapper().writeValueAsBytes(body);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(bytes);
    }
  }

  private Object signIn(HttpExchange ex, Actor ignored) throws IOException {
    SignInRequest req = Json.mapper().readValue(ex.getRequestBody(), SignInRequest.class);
    Account a = accounts.get(req.username());
    if (a == null || !a.password().equals(req.password())) {
      return ApiError.of("BAD_CREDENTIALS", "The user name or password is wrong.");
    }
    String token = UUID.randomUUID().toString();
    sessions.put(token, a.actor());
    return new SignInResponse(token, Instant.now().plusSeconds(86_400), a.actor().userId(), a.actor().role().name(),
        a.displayName());
  }

  private Object push(HttpExchange ex, Actor actor) throws IOException {
    PushRequest req = Json.mapper().readValue(ex.getRequestBody(), PushRequest.class);
    Object response = pushNow(req, actor);
    if (pushDelayMillis > 0) {
      // applied, answer not yet sent: a client killed now never hears of it and must push again
      try {
        Thread.sleep(pushDelayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return response;
  }

  private synchronized Object pushNow(PushRequest req, Actor actor) {
    List<MutationResult> out = new ArrayList<>();
    for (MutationEnvelope m : req.mutations()) {
      out.add(results.computeIfAbsent(m.id(), id -> apply(m, actor)));
    }
    return new PushResponse(out);
  }

  private MutationResult apply(MutationEnvelope m, Actor actor) {
    Optional<MutationType<?>> type = MutationCatalog.byName(m.type());
    if (type.isEmpty()) {
      return MutationResult.rejected(m.id(), "UNKNOWN_MUTATION_TYPE", "Unknown action " + m.type(), "type");
    }
    Object payload = Json.mapper().convertValue(m.payload(), type.get().payloadType());
    EntityLookup lookup = new EntityLookup() {
      @Override
      public <T> Optional<T> find(Class<T> cls, UUID id) {
        return id == null ? Optional.empty() : TestSyncServer.this.find(cls, id);
      }
    };
    Instant now = Instant.now();
    Instant occurred = m.recordedAt().isAfter(now) ? now : m.recordedAt();
    Outcome outcome = type.get().apply(payload, new MutationContext(m.id(), m.entityId(), m.baseVersion(), actor,
        m.deviceId(), occurred, now, lookup));
    if (outcome instanceof Outcome.Rejected r) {
      String message = com.fieldops.model.validation.MessageBundles.format(java.util.Locale.ENGLISH,
          r.rejection().messageKey() == null ? "x" : r.rejection().messageKey(), r.rejection().args().toArray());
      return MutationResult.rejected(m.id(), r.rejection().code(),
          r.rejection().messageKey() == null ? r.rejection().message() : message, r.rejection().field());
    }
    for (Object entity : ((Outcome.Applied) outcome).writes()) {
      JsonNode data = Json.mapper().valueToTree(entity);
      if (entity instanceof WorkOrder wo && wo.number() == null) {
        ((ObjectNode) data).put("number", String.format("WO-2026-%06d", numbers.incrementAndGet()));
      }
      write(EntityNames.of(entity), EntityNames.idOf(entity), data);
    }
    applyCount.merge(m.id(), 1, Integer::sum);
    List<com.fieldops.protocol.mutation.LostEdit> lost = ((Outcome.Applied) outcome).lostEdits();
    if (!lost.isEmpty()) {
      com.fieldops.protocol.mutation.LostEdit l = lost.get(0);
      return new MutationResult(m.id(), com.fieldops.protocol.MutationStatus.APPLIED, "EDIT_PARTLY_LOST",
          com.fieldops.model.validation.MessageBundles.format(java.util.Locale.ENGLISH, "protocol.applied.editLost",
              l.field(), l.attemptedValue(), l.currentValue()), l.field());
    }
    return MutationResult.applied(m.id());
  }

  private void write(String type, UUID id, JsonNode data) {
    String key = type + "/" + id;
    Doc old = docs.get(key);
    docs.put(key, new Doc(type, id, old == null ? 1 : old.version() + 1, data));
    log.add(new Entry(log.size() + 1, type, id));
    if (old != null && "WorkOrder".equals(type)
        && !String.valueOf(old.data().get("assigneeId")).equals(String.valueOf(data.get("assigneeId")))) {
      // the children follow their work order into (and out of) a technician's scope
      for (Doc child : List.copyOf(docs.values())) {
        JsonNode parent = child.data().get("workOrderId");
        if (parent != null && parent.asText().equals(id.toString())) {
          log.add(new Entry(log.size() + 1, child.type(), child.id()));
        }
      }
    }
  }

  private synchronized Object pull(HttpExchange ex, Actor actor) {
    String query = ex.getRequestURI().getQuery();
    long after = query == null ? 0 : Long.parseLong(query.replaceAll(".*after=(\\d+).*", "$1"));
    List<Change> changes = new ArrayList<>();
    long cursor = after;
    int i = (int) after;
    for (; i < log.size() && changes.size() < pageSize; i++) {
      Entry e = log.get(i);
      Doc d = docs.get(e.type() + "/" + e.id());
      cursor = e.seq();
      changes.add(visible(actor, d)
          ? new Change(e.seq(), d.type(), d.id(), d.version(), ChangeOp.UPSERT, d.data())
          : new Change(e.seq(), e.type(), e.id(), d.version(), ChangeOp.REMOVE, null));
    }
    return new PullResponse(changes, cursor, i < log.size());
  }

  private boolean visible(Actor actor, Doc d) {
    if (!actor.isTechnician()) {
      return true;
    }
    JsonNode assignee = null;
    if ("WorkOrder".equals(d.type())) {
      assignee = d.data().get("assigneeId");
    } else if (d.data().has("workOrderId")) {
      Doc wo = docs.get("WorkOrder/" + d.data().get("workOrderId").asText());
      assignee = wo == null ? null : wo.data().get("assigneeId");
    } else {
      return true;
    }
    return assignee != null && assignee.asText().equals(String.valueOf(actor.technicianId()));
  }
}
