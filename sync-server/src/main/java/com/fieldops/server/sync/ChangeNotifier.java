package com.fieldops.server.sync;

import com.fieldops.common.json.Json;
import com.fieldops.protocol.ChangesWaiting;
import com.fieldops.server.storage.PullScope;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import com.fieldops.server.storage.StorageOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pokes connected clients through server-sent events when changes in their scope are waiting.
 * Woken at once by commits in this process and, on PostgreSQL, by other instances' commits through
 * {@link PostgresChangeSignal} (LISTEN/NOTIFY). Without a working LISTEN connection (SQLite, or
 * while it is being reopened) it checks the change-log counter every {@code pollMillis}; with one,
 * only every {@value #SAFETY_POLL_MILLIS} ms as a safety net.
 */
public final class ChangeNotifier implements ChangeListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifier.class);
  private static final long KEEP_ALIVE_MILLIS = 15_000;
  static final long SAFETY_POLL_MILLIS = 5_000;

  private final PullService pull;
  private final long pollMillis;
  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final Thread thread;
  /** Where its rounds are reported for /health (a private registry until the server sets one). */
  private volatile com.fieldops.server.health.BackgroundTasks.Task task =
      new com.fieldops.server.health.BackgroundTasks().task("change-notifier");
  private volatile boolean running = true;
  private volatile long signalled;
  private final PostgresChangeSignal crossInstance;
  /** Highest seq committed here and not yet announced to the other instances. */
  private long toPublish;
  private long published;

  private static final class Subscriber {
    final SseClient client;
    final PullScope scope;
    volatile long cursor;
    volatile long lastSentMillis = System.currentTimeMillis();

    Subscriber(SseClient client, PullScope scope, long cursor) {
      this.client = client;
      this.scope = scope;
      this.cursor = cursor;
    }
  }

  public ChangeNotifier(PullService pull, long pollMillis) {
    this(pull, pollMillis, null);
  }

  /** With {@code crossInstance} (PostgreSQL), commits are announced to and heard from other instances. */
  public ChangeNotifier(PullService pull, long pollMillis, PostgresChangeSignal crossInstance) {
    this.pull = pull;
    this.pollMillis = pollMillis;
    this.crossInstance = crossInstance;
    if (crossInstance != null) {
      crossInstance.start(this::wake);
    }
    this.thread = new Thread(this::run, "change-notifier");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** A client connected; if {@code after} is behind, it is poked right away. */
  public void subscribe(SseClient client, PullScope scope, Long after) {
    long cursor = after != null ? after : pull.lastSeq();
    Subscriber s = new Subscriber(client, scope, cursor);
    client.keepAlive();
    client.onClose(() -> subscribers.remove(s));
    subscribers.add(s);
    client.sendComment("connected");
    wake();
  }

  /** Reports its rounds to {@code tasks} (what /health shows). */
  public ChangeNotifier reportingTo(com.fieldops.server.health.BackgroundTasks tasks) {
    this.task = tasks.task("change-notifier");
    return this;
  }

  public int connected() {
    return subscribers.size();
  }

  /** Whether other instances' commits are heard through LISTEN right now. */
  public boolean listeningAcrossInstances() {
    return crossInstance != null && crossInstance.listening();
  }

  @Override
  public void committed(long lastSeq) {
    lock.lock();
    try {
      toPublish = Math.max(toPublish, lastSeq);
      signalled++;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void wake() {
    lock.lock();
    try {
      signalled++;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    long handledSignal = 0;
    while (running) {
      try {
        long announce;
        lock.lock();
        try {
          if (signalled == handledSignal) {
            wake.await(listeningAcrossInstances() ? SAFETY_POLL_MILLIS : pollMillis, TimeUnit.MILLISECONDS);
          }
          handledSignal = signalled;
          announce = toPublish > published ? toPublish : 0;
        } finally {
          lock.unlock();
        }
        if (!running) {
          return;
        }
        task.begin();
        if (announce > 0) {
          announce(announce);
        }
        if (subscribers.isEmpty()) {
          task.succeeded();
          continue;
        }
        long last = pull.lastSeq();
        long now = System.currentTimeMillis();
        for (Subscriber s : subscribers) {
          if (s.cursor < last && pull.hasChanges(s.scope, s.cursor)) {
            s.client.sendEvent("changes", Json.write(new ChangesWaiting(last)));
            s.lastSentMillis = now;
          } else if (now - s.lastSentMillis > KEEP_ALIVE_MILLIS) {
            s.client.sendComment("keep-alive");
            s.lastSentMillis = now;
          }
          s.cursor = Math.max(s.cursor, last);
          if (s.client.terminated()) {
            subscribers.remove(s);
          }
        }
        task.succeeded();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        task.failed(e);
        StorageOutage.logRoundFailed(LOG, "change notification round", e);
      }
    }
  }

  /** NOTIFY after the commit, one per wake-up however many commits it covers. */
  private void announce(long seq) {
    if (crossInstance == null) {
      published = seq;
      return;
    }
    try {
      crossInstance.publish(seq);
      published = seq;
    } catch (RuntimeException e) {
      // the other instances still find the change by their safety poll
      LOG.warn("announcing change {} to other instances failed", seq, e);
      published = seq;
    }
  }

  @Override
  public void close() {
    running = false;
    if (crossInstance != null) {
      crossInstance.close();
    }
    thread.interrupt();
    for (Subscriber s : subscribers) {
      s.client.close();
    }
    subscribers.clear();
  }
}
