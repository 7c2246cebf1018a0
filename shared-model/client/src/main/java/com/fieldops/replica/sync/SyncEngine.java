package com.fieldops.replica.sync;

import com.fieldops.common.json.Json;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.PullResponse;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.protocol.SignInRequest;
import com.fieldops.protocol.SignInResponse;
import com.fieldops.replica.ReplicaConfig;
import com.fieldops.replica.ReplicaMessages;
import com.fieldops.replica.ReplicaUser;
import com.fieldops.replica.SignInOutcome;
import com.fieldops.replica.SyncStatus.Connectivity;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ReplicaStoreException;
import com.fieldops.replica.store.StoreKeys;
import com.fieldops.replica.store.StoredMutation;
import com.fieldops.replica.store.Touched;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sync on one background thread: push the outbox in batches, then pull pages until the
 * server has nothing more, then forget the confirmed mutations. Triggered by local commands, the
 * server's live poke, a poll timer and the UI; failures back off exponentially with jitter.
 *
 * <p>Crash safety: an outbox row leaves PENDING only in the transaction that stores the server's
 * result for it, so a kill at any instant means the row is pushed again, and the server (which
 * applies a mutation id at most once) answers with the stored result.
 */
public final class SyncEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
  /** While the live stream is up, poll anyway every this many ticks, in case a poke was lost. */
  private static final int LIVE_POLL_EVERY = 10;

  /** What the engine tells the replica. Called on the engine thread: hand off, don't block. */
  public interface Callbacks {
    void dataChanged(Touched touched, boolean byRejection);

    void statusChanged();
  }

  private final ReplicaConfig config;
  private final LocalStore store;
  private final ReplicaMessages messages;
  private final Callbacks callbacks;
  private final ScheduledExecutorService worker;
  private final OkHttpClient client;
  private final SyncHttp http;
  private final Backoff backoff;
  private final Backoff liveBackoff;
  private final AtomicBoolean cycleQueued = new AtomicBoolean();
  private final String deviceId;

  private volatile Connectivity connectivity = Connectivity.SIGNED_OUT;
  private volatile boolean syncing;
  private volatile String problem;
  private volatile Instant nextAttemptAt;
  private volatile boolean started;
  private volatile boolean closed;
  private volatile String token;
  private volatile Instant tokenExpiresAt;
  private volatile Instant tokenIssuedAt;
  private volatile EventSource live;
  private volatile boolean liveConnected;
  private ScheduledFuture<?> retry;
  private ScheduledFuture<?> poller;
  private int tick;

  public SyncEngine(ReplicaConfig config, LocalStore store, String deviceId, ReplicaMessages messages, Callbacks callbacks) {
    this.config = config;
    this.store = store;
    this.deviceId = deviceId;
    this.messages = messages;
    this.callbacks = callbacks;
    this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "fieldops-sync");
      t.setDaemon(true);
      return t;
    });
    RandomGenerator random = RandomGenerator.getDefault();
    this.backoff = new Backoff(config.minBackoff(), config.maxBackoff(), random);
    this.liveBackoff = new Backoff(config.minBackoff(), config.maxBackoff(), random);
    OkHttpClient.Builder b = new OkHttpClient.Builder()
        .connectTimeout(config.requestTimeout())
        .readTimeout(config.requestTimeout())
        .writeTimeout(config.requestTimeout())
        .callTimeout(config.requestTimeout().multipliedBy(2))
        // we retry whole sync steps ourselves, with back-off
        .retryOnConnectionFailure(false);
    config.interceptors().forEach(b::addInterceptor);
    this.client = b.build();
    this.http = config.serverUrl() == null ? null : new SyncHttp(client, config.serverUrl(), config.locale(), () -> token);
    this.token = store.setting(StoreKeys.TOKEN).orElse(null);
    this.tokenExpiresAt = store.setting(StoreKeys.TOKEN_EXPIRES).map(Instant::parse).orElse(null);
    this.tokenIssuedAt = store.setting(StoreKeys.TOKEN_ISSUED).map(Instant::parse).orElse(null);
    if (token != null) {
      connectivity = Connectivity.OFFLINE;
    }
  }

  public Connectivity connectivity() {
    return connectivity;
  }

  public boolean syncing() {
    return syncing;
  }

  public String problem() {
    return problem;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public boolean liveConnected() {
    return liveConnected;
  }

  /** Starts background sync if a session is stored; otherwise waits for {@link #signIn}. */
  public void start() {
    worker.execute(this::startOnWorker);
  }

  private void startOnWorker() {
    if (closed || http == null || token == null || started) {
      statusChanged();
      return;
    }
    started = true;
    long poll = config.pollInterval().toMillis();
    poller = worker.scheduleWithFixedDelay(this::pollTick, poll, poll, TimeUnit.MILLISECONDS);
    openLive();
    requestSync();
  }

  /** Asks for a sync cycle as soon as the worker is free; several requests coalesce into one. */
  public void requestSync() {
    if (!closed && cycleQueued.compareAndSet(false, true)) {
      try {
        worker.execute(this::cycle);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        cycleQueued.set(false); // closing
      }
    }
  }

  public CompletableFuture<SignInOutcome> signIn(String username, char[] password) {
    char[] copy = password == null ? new char[0] : password.clone();
    CompletableFuture<SignInOutcome> result = new CompletableFuture<>();
    worker.execute(() -> {
      try {
        result.complete(signInOnWorker(username, copy));
      } catch (RuntimeException e) {
        LOG.error("Sign-in failed unexpectedly", e);
        result.complete(new SignInOutcome.Failed("INTERNAL", messages.get("signin.failed.unreachable")));
      } finally {
        Arrays.fill(copy, '\0');
      }
    });
    return result;
  }

  private SignInOutcome signInOnWorker(String username, char[] password) {
    if (http == null) {
      return new SignInOutcome.Failed("NO_SERVER", messages.get("signin.failed.noServer"));
    }
    SignInResponse response;
    try {
      response = http.signIn(new SignInRequest(username, new String(password), deviceId));
    } catch (IOException e) {
      LOG.info("Sign-in: server unreachable ({})", e.toString());
      return new SignInOutcome.Failed("UNREACHABLE", messages.get("signin.failed.unreachable"));
    } catch (SyncHttpException e) {
      if (e.status == 401 || e.status == 403 || e.status == 400) {
        String message = e.error != null && e.error.message() != null ? e.error.message() : messages.get("signin.failed.credentials");
        return new SignInOutcome.Failed(e.error == null ? "BAD_CREDENTIALS" : e.error.code(), message);
      }
      return new SignInOutcome.Failed("SERVER", messages.get("signin.failed.server", e.status));
    }
    Optional<ReplicaUser> known = store.setting(StoreKeys.USER).map(SyncEngine::readUser);
    if (known.isPresent() && !known.get().userId().equals(response.userId())) {
      // the replica holds another user's outbox and scope: never mix them
      return new SignInOutcome.Failed("OTHER_USER", messages.get("signin.failed.otherUser", known.get().username()));
    }
    storeSession(response);
    UUID technicianId = known.map(ReplicaUser::technicianId).orElse(null);
    String region = known.map(ReplicaUser::region).orElse(null);
    try {
      com.fasterxml.jackson.databind.JsonNode me = http.me();
      if (me.hasNonNull("technicianId")) {
        technicianId = UUID.fromString(me.get("technicianId").asText());
      }
      if (me.hasNonNull("region")) {
        region = me.get("region").asText();
      }
    } catch (IOException | SyncHttpException | IllegalArgumentException e) {
      LOG.debug("Could not read who I am from the server ({}); found from the pulled data instead", e.toString());
    }
    ReplicaUser user = new ReplicaUser(response.userId(), username, response.displayName(), parseRole(response.role()),
        technicianId, region);
    store.putSetting(StoreKeys.USER, Json.write(user));
    connectivity = Connectivity.ONLINE;
    problem = null;
    backoff.reset();
    started = false;
    stopTimersAndLive();
    startOnWorker();
    return new SignInOutcome.SignedIn(user);
  }

  public CompletableFuture<Void> signOut() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    worker.execute(() -> {
      try {
        if (http != null && token != null) {
          http.signOut();
        }
      } catch (IOException | SyncHttpException e) {
        LOG.info("Sign-out could not reach the server ({}); the session is forgotten here anyway", e.toString());
      } finally {
        forgetSession();
        done.complete(null);
      }
    });
    return done;
  }

  private void pollTick() {
    tick++;
    if (!liveConnected || tick % LIVE_POLL_EVERY == 0) {
      requestSync();
    }
  }

  /** One sync: renew the session if due, push everything pending, pull until up to date. */
  private void cycle() {
    cycleQueued.set(false);
    if (closed || http == null) {
      return;
    }
    if (token == null) {
      connectivity = Connectivity.SIGNED_OUT;
      statusChanged();
      return;
    }
    cancelRetry();
    syncing = true;
    statusChanged();
    try {
      renewIfDue();
      pushAll();
      pullAll();
      Touched touched = store.finishPull(config.clock().instant());
      publish(touched, false);
      backoff.reset();
      connectivity = Connectivity.ONLINE;
      problem = null;
      nextAttemptAt = null;
    } catch (SyncHttpException e) {
      if (e.isUnauthorized()) {
        LOG.info("Session refused by the server; signing out locally");
        forgetSession();
        problem = messages.get("sync.problem.session");
      } else {
        LOG.warn("Sync failed: {}", e.getMessage());
        failed(messages.get(e.status == 503 ? "sync.problem.unavailable" : "sync.problem.server", e.status),
            e.retryAfter);
      }
    } catch (IOException e) {
      LOG.info("Sync failed, server unreachable: {}", e.toString());
      failed(messages.get("sync.problem.unreachable"));
    } catch (ReplicaStoreException e) {
      LOG.error("Sync could not write the replica", e);
      failed(messages.get("sync.problem.storage", String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
    } catch (RuntimeException e) {
      LOG.error("Sync failed unexpectedly", e);
      failed(messages.get("sync.problem.unreachable"));
    } finally {
      syncing = false;
      statusChanged();
    }
  }

  private void failed(String readable) {
    failed(readable, Duration.ZERO);
  }

  /** {@code atLeast}: what the server asked for (Retry-After); a fleet retrying sooner only adds load. */
  private void failed(String readable, Duration atLeast) {
    connectivity = token == null ? Connectivity.SIGNED_OUT : Connectivity.OFFLINE;
    problem = readable;
    Duration backedOff = backoff.nextDelay();
    // on top of the server's wait, not instead: the jitter keeps a fleet from coming back in step
    Duration delay = atLeast.isZero() ? backedOff : atLeast.plus(backedOff);
    nextAttemptAt = config.clock().instant().plus(delay);
    if (!closed) {
      retry = worker.schedule(this::requestSync, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void cancelRetry() {
    if (retry != null) {
      retry.cancel(false);
      retry = null;
    }
  }

  private void renewIfDue() throws IOException, SyncHttpException {
    Instant expires = tokenExpiresAt;
    if (expires == null) {
      return;
    }
    Instant now = config.clock().instant();
    if (now.isAfter(expires)) {
      throw new SyncHttpException(401, null);
    }
    // Renew late (last quarter of the session): the server revokes the old token on renewal, so a
    // renewal whose answer is lost ends the session; the fewer renewals, the rarer that is.
    Instant issued = tokenIssuedAt;
    Instant renewAt = issued == null || !issued.isBefore(expires) ? expires.minus(Duration.ofMinutes(10))
        : issued.plus(Duration.between(issued, expires).multipliedBy(3).dividedBy(4));
    if (now.isAfter(renewAt)) {
      try {
        storeSession(http.renew());
      } catch (SyncHttpException e) {
        if (e.status == 404) {
          LOG.debug("The server does not renew sessions; signing in again will be needed at {}", expires);
          return;
        }
        throw e;
      }
    }
  }

  private void pushAll() throws IOException, SyncHttpException {
    int limit = Math.min(config.pushBatchSize(), PushRequest.MAX_BATCH);
    int isolateUntil = 0;
    while (!closed) {
      int size = isolateUntil > 0 ? 1 : limit;
      List<StoredMutation> batch = store.pendingBatch(size);
      if (batch.isEmpty()) {
        return;
      }
      List<MutationEnvelope> envelopes = batch.stream().map(StoredMutation::envelope).toList();
      store.countAttempts(envelopes.stream().map(MutationEnvelope::id).toList());
      PushResponse response;
      try {
        response = http.push(new PushRequest(envelopes));
      } catch (SyncHttpException e) {
        if (!e.isClientError()) {
          throw e;
        }
        if (batch.size() > 1) {
          // one bad mutation must not block the queue: find it by pushing one at a time
          isolateUntil = batch.size();
          continue;
        }
        MutationEnvelope bad = envelopes.get(0);
        String reason = e.error != null && e.error.message() != null ? e.error.message()
            : messages.get("sync.rejected.request", e.status);
        LOG.warn("Server refused mutation {} ({}) as a request: {}", bad.id(), bad.type(), e.getMessage());
        response = new PushResponse(List.of(MutationResult.rejected(bad.id(),
            e.error == null ? "HTTP_" + e.status : e.error.code(), reason, e.error == null ? null : e.error.field())));
      }
      List<MutationResult> results = response.results() == null ? List.of() : response.results();
      List<MutationResult> ours = results.stream()
          .filter(r -> r != null && r.mutationId() != null && r.status() != null)
          .filter(r -> envelopes.stream().anyMatch(m -> m.id().equals(r.mutationId())))
          .toList();
      Touched touched = store.storePushResults(ours);
      boolean rejected = ours.stream().anyMatch(r -> !r.isApplied() || r.code() != null);
      if (rejected) {
        publish(touched, true);
      }
      statusChanged();
      if (ours.isEmpty()) {
        throw new IOException("the server answered the push without results");
      }
      if (isolateUntil > 0) {
        isolateUntil--;
      }
      if (batch.size() < size && isolateUntil == 0) {
        return;
      }
    }
  }

  private void pullAll() throws IOException, SyncHttpException {
    try {
      pullPages();
    } catch (SyncHttpException e) {
      if (!e.isCursorAhead()) {
        throw e;
      }
      // the server was restored from an older backup: what we hold of its state may be gone from
      // it; take its scope again from zero, keeping (and sending) the work not confirmed since
      LOG.warn("event=replica_rebootstrap cursor={} reason=cursor_ahead", store.cursor());
      publish(store.rebootstrap(), false);
      pushAll();
      pullPages();
    }
  }

  private void pullPages() throws IOException, SyncHttpException {
    long cursor = store.cursor();
    while (!closed) {
      PullResponse page = http.pull(cursor, Endpoints.PULL_PAGE);
      List<com.fieldops.protocol.Change> changes = page.changes() == null ? List.of() : page.changes();
      Touched touched = store.applyPullPage(changes, page.cursor());
      publish(touched, false);
      boolean progressed = page.cursor() != cursor || !changes.isEmpty();
      cursor = page.cursor();
      if (!page.hasMore() || !progressed) {
        return;
      }
    }
  }

  private void publish(Touched touched, boolean byRejection) {
    if (!touched.isEmpty()) {
      callbacks.dataChanged(touched, byRejection);
    }
  }

  private void statusChanged() {
    callbacks.statusChanged();
  }

  private void storeSession(SignInResponse response) {
    token = response.token();
    tokenExpiresAt = response.expiresAt();
    tokenIssuedAt = config.clock().instant();
    store.putSetting(StoreKeys.TOKEN_ISSUED, tokenIssuedAt.toString());
    store.putSetting(StoreKeys.TOKEN, response.token());
    store.putSetting(StoreKeys.TOKEN_EXPIRES, response.expiresAt() == null ? null : response.expiresAt().toString());
  }

  private void forgetSession() {
    token = null;
    tokenExpiresAt = null;
    store.putSetting(StoreKeys.TOKEN, null);
    store.putSetting(StoreKeys.TOKEN_EXPIRES, null);
    connectivity = Connectivity.SIGNED_OUT;
    started = false;
    stopTimersAndLive();
    statusChanged();
  }

  private void stopTimersAndLive() {
    if (poller != null) {
      poller.cancel(false);
      poller = null;
    }
    cancelRetry();
    EventSource es = live;
    live = null;
    liveConnected = false;
    if (es != null) {
      es.cancel();
    }
  }

  /** The live poke: any {@code changes} event (or a reconnect) triggers a sync. */
  private void openLive() {
    if (closed || token == null || http == null) {
      return;
    }
    live = http.events(store.cursor(), new EventSourceListener() {
      @Override
      public void onOpen(EventSource source, Response response) {
        if (source != live) {
          return;
        }
        liveConnected = true;
        liveBackoff.reset();
        requestSync(); // catch up on what happened while the stream was down
      }

      @Override
      public void onEvent(EventSource source, String id, String type, String data) {
        if (source == live) {
          requestSync();
        }
      }

      @Override
      public void onClosed(EventSource source) {
        liveLost(source);
      }

      @Override
      public void onFailure(EventSource source, Throwable t, Response response) {
        if (response != null && response.code() == 401) {
          requestSync(); // the cycle finds out about the session
        }
        liveLost(source);
      }
    });
  }

  private void liveLost(EventSource source) {
    if (source != live || closed) {
      return;
    }
    liveConnected = false;
    Duration delay = liveBackoff.nextDelay();
    try {
      worker.schedule(() -> {
        if (source == live && !closed) {
          openLive();
        }
      }, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException ignored) {
      // closing
    }
  }

  private static ReplicaUser readUser(String json) {
    try {
      return Json.mapper().readValue(json, ReplicaUser.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Role parseRole(String role) {
    try {
      return Role.valueOf(Objects.requireNonNullElse(role, "").toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void close() {
    closed = true;
    worker.execute(this::stopTimersAndLive);
    worker.shutdown();
    try {
      if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
