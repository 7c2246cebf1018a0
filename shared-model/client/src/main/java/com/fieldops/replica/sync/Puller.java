package com.fieldops.replica.sync;

import com.fieldops.protocol.Change;
import com.fieldops.protocol.PullResponse;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.Touched;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls change pages after the replica's cursor until the server has nothing more. When the server
 * says the cursor is ahead of it (it was restored from an older backup), takes its scope again from
 * zero, keeping and pushing the work not confirmed since.
 */
final class Puller {
  private static final Logger LOG = LoggerFactory.getLogger(Puller.class);

  private final LocalStore store;
  private final SyncHttp http;
  private final Pusher pusher;
  private final SyncEngine.Callbacks callbacks;
  private final BooleanSupplier closed;

  Puller(LocalStore store, SyncHttp http, Pusher pusher, SyncEngine.Callbacks callbacks, BooleanSupplier closed) {
    this.store = store;
    this.http = http;
    this.pusher = pusher;
    this.callbacks = callbacks;
    this.closed = closed;
  }

  void pullAll() throws IOException, SyncHttpException {
    try {
      if (store.cursor() == 0) {
        firstPull();
      }
      pullPages();
    } catch (SyncHttpException e) {
      if (!e.isCursorAhead()) {
        throw e;
      }
      // the server was restored from an older backup: what we hold of its state may be gone from
      // it; take its scope again from zero, keeping (and sending) the work not confirmed since
      LOG.warn("event=replica_rebootstrap cursor={} reason=cursor_ahead", store.cursor());
      publish(store.rebootstrap());
      store.scopeArriving(0);
      pusher.pushAll();
      pullPages();
    }
  }

  /**
   * A replica that never pulled first takes the technician's working set, so Today shows their jobs
   * while the whole scope (history, catalogue, van stock) follows from cursor 0 (docs/decisions/0031).
   * An older server without it (404), or any refusal but a dead session, leaves the plain pull.
   */
  private void firstPull() throws IOException, SyncHttpException {
    long until = 0;
    if (store.holdsNothing()) {
      long t0 = System.nanoTime();
      try {
        PullResponse set = http.workingSet();
        List<Change> changes = set.changes() == null ? List.of() : set.changes();
        until = set.cursor();
        publish(store.applyWorkingSet(changes, until));
        LOG.info("event=replica_working_set changes={} until={} ms={}", changes.size(), until,
            (System.nanoTime() - t0) / 1_000_000);
        return;
      } catch (SyncHttpException e) {
        if (e.isUnauthorized()) {
          throw e;
        }
        LOG.info("event=replica_working_set_unavailable status={} fallback=pull_from_zero", e.status);
      }
    } else if (store.scopeArrivingUntil().isPresent()) {
      return; // taken already; the pull from zero was cut short
    }
    store.scopeArriving(until);
  }

  private void pullPages() throws IOException, SyncHttpException {
    long cursor = store.cursor();
    // while the whole scope is arriving, the sync bar shows how far it got
    boolean arriving = store.scopeArrivingUntil().isPresent();
    // where a long pull spends its time: waiting for the server's pages vs applying them here
    long fetchNanos = 0;
    long applyNanos = 0;
    int pages = 0;
    int received = 0;
    try {
      while (!closed.getAsBoolean()) {
        long t0 = System.nanoTime();
        PullResponse page = http.pull(cursor, Endpoints.PULL_PAGE);
        long t1 = System.nanoTime();
        List<Change> changes = page.changes() == null ? List.of() : page.changes();
        publish(store.applyPullPage(changes, page.cursor()));
        fetchNanos += t1 - t0;
        applyNanos += System.nanoTime() - t1;
        pages++;
        received += changes.size();
        boolean progressed = page.cursor() != cursor || !changes.isEmpty();
        cursor = page.cursor();
        if (!page.hasMore() || !progressed) {
          if (arriving) {
            store.scopeHeld();
            callbacks.statusChanged();
          }
          return;
        }
        if (arriving) {
          callbacks.statusChanged();
        }
      }
    } finally {
      if (received > 0) {
        LOG.info("event=replica_pulled pages={} changes={} fetch_ms={} apply_ms={} cursor={}", pages, received,
            fetchNanos / 1_000_000, applyNanos / 1_000_000, cursor);
      }
    }
  }

  private void publish(Touched touched) {
    if (!touched.isEmpty()) {
      callbacks.dataChanged(touched, false);
    }
  }
}
