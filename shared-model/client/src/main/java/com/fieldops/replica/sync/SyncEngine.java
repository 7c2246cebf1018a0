package com.fieldops.replica.sync;

import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ReplicaMessages;
import com.fieldops.replica.store.ReplicaStoreException;
import com.fieldops.replica.store.Touched;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coordinates sync on one background thread: a cycle renews the {@link Session} if due, has the
 * {@link Pusher} push the outbox, the {@link Puller} pull until up to date, then forgets the confirmed
 * mutations. Cycles are triggered by local commands, the {@link LiveStream}'s poke, a poll timer and
 * the UI; a failed cycle is retried by the {@link RetryTimer} with back-off.
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

  private final SyncSettings settings;
  private final LocalStore store;
  private final ReplicaMessages messages;
  private final Callbacks callbacks;
  private final ScheduledExecutorService worker;
  private final OkHttpClient client;
  private final SyncHttp http;
  private final Session session;
  private final Pusher pusher;
  private final Puller puller;
  private final LiveStream live;
  private final PhotoUploader photos;
  private final RetryTimer retry;
  private final AtomicBoolean cycleQueued = new AtomicBoolean();

  private volatile Connectivity connectivity = Connectivity.SIGNED_OUT;
  private volatile boolean syncing;
  private volatile String problem;
  private volatile Instant nextAttemptAt;
  private volatile boolean started;
  private volatile boolean closed;
  private ScheduledFuture<?> poller;
  private int tick;

  public SyncEngine(SyncSettings settings, LocalStore store, String deviceId, ReplicaMessages messages, Callbacks callbacks) {
    this.settings = settings;
    this.store = store;
    this.messages = messages;
    this.callbacks = callbacks;
    this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "fieldops-sync");
      t.setDaemon(true);
      return t;
    });
    RandomGenerator random = RandomGenerator.getDefault();
    this.client = httpClient(settings);
    this.session = new Session(store, settings.clock(), messages, deviceId);
    this.http = settings.serverUrl() == null ? null
        : new SyncHttp(client, settings.serverUrl(), settings.locale(), session::token);
    this.pusher = new Pusher(store, http, messages, settings.pushBatchSize(), callbacks, () -> closed);
    this.puller = new Puller(store, http, pusher, callbacks, () -> closed);
    this.live = new LiveStream(http, worker, new Backoff(settings.minBackoff(), settings.maxBackoff(), random),
        store::cursor, this::requestSync, () -> closed, session::active);
    this.photos = http == null ? null : new PhotoUploader(new com.fieldops.replica.store.PhotoFiles(store.database()),
        http, messages, callbacks, () -> closed, cycleQueued::get);
    this.retry = new RetryTimer(worker, new Backoff(settings.minBackoff(), settings.maxBackoff(), random));
    if (session.active()) {
      connectivity = Connectivity.OFFLINE;
    }
  }

  /** The engine's HTTP client: the configured timeouts and interceptors, TCP_NODELAY sockets. */
  static OkHttpClient httpClient(SyncSettings settings) {
    OkHttpClient.Builder b = new OkHttpClient.Builder()
        .connectTimeout(settings.requestTimeout())
        .readTimeout(settings.requestTimeout())
        .writeTimeout(settings.requestTimeout())
        .callTimeout(settings.requestTimeout().multipliedBy(2))
        .socketFactory(new NoDelaySockets())
        // we retry whole sync steps ourselves, with back-off
        .retryOnConnectionFailure(false);
    settings.interceptors().forEach(b::addInterceptor);
    return b.build();
  }

  /** User administration and imports over this session (null without a server). */
  public AdminApi admin() {
    return http == null ? null : new AdminApi(http);
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
    return live.connected();
  }

  /** Starts background sync if a session is stored; otherwise waits for {@link #signIn}. */
  public void start() {
    worker.execute(this::startOnWorker);
  }

  private void startOnWorker() {
    if (closed || http == null || !session.active() || started) {
      callbacks.statusChanged();
      return;
    }
    started = true;
    long poll = settings.pollInterval().toMillis();
    poller = worker.scheduleWithFixedDelay(this::pollTick, poll, poll, TimeUnit.MILLISECONDS);
    live.open();
    requestSync();
  }

  /**
   * In the background the live stream and the poller stop (the session and the outbox stay); back in
   * the foreground they start again with a sync.
   */
  public void foreground(boolean inForeground) {
    worker.execute(() -> {
      if (closed) {
        return;
      }
      if (inForeground) {
        LOG.info("event=sync.foreground");
        startOnWorker();
      } else if (started) {
        LOG.info("event=sync.background live=stopped");
        started = false;
        stopTimersAndLive();
        callbacks.statusChanged();
      }
    });
  }

  /**
   * Fetches {@code path} (an export) with the session's token into {@code target}, blocking: call it off the
   * UI thread. A file is written only when complete.
   */
  public ServerDownload download(String path, java.util.Map<String, String> query, java.nio.file.Path target) {
    if (http == null) {
      return new ServerDownload.Unreachable(messages.get("signin.failed.noServer"));
    }
    if (!session.active()) {
      return new ServerDownload.Unreachable(messages.get("refused.signedOut"));
    }
    try {
      session.renewIfDue(http);
      long bytes = http.download(path, query, target);
      LOG.info("event=download.saved path={} bytes={}", path, bytes);
      return new ServerDownload.Saved(target, bytes);
    } catch (SyncHttpException e) {
      LOG.info("event=download.refused path={} status={} code={}", path, e.status, e.error == null ? null : e.error.code());
      return new ServerDownload.Refused(e.status, e.error == null ? null : e.error.code(),
          e.error == null ? null : e.error.field(), e.error == null ? e.getMessage() : e.error.message());
    } catch (java.io.IOException e) {
      LOG.info("event=download.failed path={} error={}", path, e.toString());
      return new ServerDownload.Unreachable(messages.get("sync.problem.unreachable"));
    }
  }

  /** The hash of the photo being uploaded now, or null. */
  public String uploadingPhoto() {
    return photos == null ? null : photos.uploading();
  }

  /**
   * A job's photo from the server, blocking (call it off the UI thread): empty when there is no server,
   * no signal, or the server does not (yet) have it for this job.
   */
  public java.util.Optional<ServerPhoto> photo(java.util.UUID workOrderId, String sha256) {
    if (http == null || !session.active()) {
      return java.util.Optional.empty();
    }
    try {
      SyncHttp.PhotoBytes p = http.photo(workOrderId, sha256);
      return java.util.Optional.of(new ServerPhoto(p.bytes(), p.contentType()));
    } catch (SyncHttpException e) {
      LOG.info("event=photo.fetch.refused workOrder={} sha256={} status={}", workOrderId, sha256, e.status);
      return java.util.Optional.empty();
    } catch (IOException e) {
      LOG.info("event=photo.fetch.failed workOrder={} sha256={} error={}", workOrderId, sha256, e.toString());
      return java.util.Optional.empty();
    }
  }

  /** Asks for a sync cycle as soon as the worker is free; several requests coalesce into one. */
  public void requestSync() {
    if (!closed && cycleQueued.compareAndSet(false, true)) {
      try {
        worker.execute(this::cycle);
      } catch (RejectedExecutionException e) {
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
    SignInOutcome outcome = session.signIn(http, username, password);
    if (outcome instanceof SignInOutcome.SignedIn) {
      connectivity = Connectivity.ONLINE;
      problem = null;
      retry.reset();
      started = false;
      stopTimersAndLive();
      startOnWorker();
    }
    return outcome;
  }

  public CompletableFuture<Void> signOut() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    worker.execute(() -> {
      try {
        if (http != null && session.active()) {
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
    if (!live.connected() || tick % LIVE_POLL_EVERY == 0) {
      requestSync();
    }
  }

  /** One sync: renew the session if due, push everything pending, pull until up to date. */
  private void cycle() {
    cycleQueued.set(false);
    if (closed || http == null) {
      return;
    }
    if (!session.active()) {
      connectivity = Connectivity.SIGNED_OUT;
      callbacks.statusChanged();
      return;
    }
    retry.cancel();
    syncing = true;
    callbacks.statusChanged();
    try {
      session.renewIfDue(http);
      pusher.pushAll();
      puller.pullAll();
      Touched touched = store.finishPull(settings.clock().instant());
      if (!touched.isEmpty()) {
        callbacks.dataChanged(touched, false);
      }
      // the actions and the server's news went through: say online now, not only after the photos
      connectivity = Connectivity.ONLINE;
      problem = null;
      nextAttemptAt = null;
      callbacks.statusChanged();
      // photo bytes last: the actions and the server's news are small and matter first
      photos.uploadAll();
      retry.reset();
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
      failed(messages.get("sync.problem.unreachable"), Duration.ZERO);
    } catch (ReplicaStoreException e) {
      LOG.error("Sync could not write the replica", e);
      failed(messages.get("sync.problem.storage", String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage())),
          Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.error("Sync failed unexpectedly", e);
      failed(messages.get("sync.problem.unreachable"), Duration.ZERO);
    } finally {
      syncing = false;
      callbacks.statusChanged();
    }
  }

  private void failed(String readable, Duration atLeast) {
    connectivity = session.active() ? Connectivity.OFFLINE : Connectivity.SIGNED_OUT;
    // when before why: a status read in between would show the problem without its next attempt
    nextAttemptAt = settings.clock().instant().plus(retry.schedule(atLeast, this::requestSync, closed));
    problem = readable;
  }

  private void forgetSession() {
    session.forget();
    connectivity = Connectivity.SIGNED_OUT;
    started = false;
    stopTimersAndLive();
    callbacks.statusChanged();
  }

  private void stopTimersAndLive() {
    if (poller != null) {
      poller.cancel(false);
      poller = null;
    }
    retry.cancel();
    live.close();
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
