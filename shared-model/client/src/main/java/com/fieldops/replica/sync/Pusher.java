package com.fieldops.replica.sync;

import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ReplicaMessages;
import com.fieldops.replica.store.StoredMutation;
import com.fieldops.replica.store.Touched;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the outbox in batches until nothing is pending. A mutation the server refuses as a request
 * (4xx) is found by pushing one at a time and stored as rejected, so it never blocks the queue.
 *
 * <p>Crash safety: an outbox row leaves PENDING only in the transaction that stores the server's
 * result for it, so a kill at any instant means the row is pushed again, and the server (which
 * applies a mutation id at most once) answers with the stored result.
 */
final class Pusher {
  private static final Logger LOG = LoggerFactory.getLogger(Pusher.class);

  private final LocalStore store;
  private final SyncHttp http;
  private final ReplicaMessages messages;
  private final int batchSize;
  private final SyncEngine.Callbacks callbacks;
  private final BooleanSupplier closed;

  Pusher(LocalStore store, SyncHttp http, ReplicaMessages messages, int batchSize, SyncEngine.Callbacks callbacks,
      BooleanSupplier closed) {
    this.store = store;
    this.http = http;
    this.messages = messages;
    this.batchSize = Math.min(batchSize, PushRequest.MAX_BATCH);
    this.callbacks = callbacks;
    this.closed = closed;
  }

  void pushAll() throws IOException, SyncHttpException {
    int isolateUntil = 0;
    while (!closed.getAsBoolean()) {
      int size = isolateUntil > 0 ? 1 : batchSize;
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
        response = refusedAsRequest(envelopes.get(0), e);
      }
      List<MutationResult> results = response.results() == null ? List.of() : response.results();
      List<MutationResult> ours = results.stream()
          .filter(r -> r != null && r.mutationId() != null && r.status() != null)
          .filter(r -> envelopes.stream().anyMatch(m -> m.id().equals(r.mutationId())))
          .toList();
      Touched touched = store.storePushResults(ours);
      boolean rejected = ours.stream().anyMatch(r -> !r.isApplied() || r.code() != null);
      if (rejected && !touched.isEmpty()) {
        callbacks.dataChanged(touched, true);
      }
      callbacks.statusChanged();
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

  /** The server refused this one mutation as a request: it becomes a rejection the user can read. */
  private PushResponse refusedAsRequest(MutationEnvelope bad, SyncHttpException e) {
    String reason = e.error != null && e.error.message() != null ? e.error.message()
        : messages.get("sync.rejected.request", e.status);
    LOG.warn("Server refused mutation {} ({}) as a request: {}", bad.id(), bad.type(), e.getMessage());
    return new PushResponse(List.of(MutationResult.rejected(bad.id(),
        e.error == null ? "HTTP_" + e.status : e.error.code(), reason, e.error == null ? null : e.error.field())));
  }
}
