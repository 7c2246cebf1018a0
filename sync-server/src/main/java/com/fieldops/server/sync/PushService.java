package com.fieldops.server.sync;

import com.fieldops.model.json.Json;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.model.workorder.WorkOrderEvent;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.DerivedIds;
import com.fieldops.protocol.mutation.Mutations;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.server.http.ApiException;
import com.fieldops.server.storage.AppliedMutations;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.WorkOrderNumbers;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a push batch: one transaction for the batch, each mutation validated and applied in
 * order against current state, its entities, change-log rows and audit/idempotency row written
 * together. A mutation applied before returns its stored result and changes nothing. Rejected
 * mutations change nothing and are not stored (so a retry is judged again against current state).
 */
public final class PushService {
  private static final Logger LOG = LoggerFactory.getLogger(PushService.class);
  private static final int ATTEMPTS = 5;

  private final Database db;
  private final Clock clock;
  private final EntityStore entities;
  private final ChangeLog changeLog = new ChangeLog();
  private final AppliedMutations applied = new AppliedMutations();
  private final WorkOrderNumbers numbers = new WorkOrderNumbers();
  private final ChangeListener listener;
  private final Counter appliedCount;
  private final Counter rejectedCount;
  private final Counter replayedCount;

  public PushService(Database db, Clock clock, ChangeListener listener, MeterRegistry metrics) {
    this.db = db;
    this.clock = clock;
    this.entities = new EntityStore(db.dialect());
    this.listener = listener;
    this.appliedCount = metrics.counter("fieldops.mutations", "result", "applied");
    this.rejectedCount = metrics.counter("fieldops.mutations", "result", "rejected");
    this.replayedCount = metrics.counter("fieldops.mutations", "result", "replayed");
  }

  public PushResponse push(Actor actor, Locale locale, PushRequest request) {
    List<MutationEnvelope> envelopes = request.mutations();
    // A payload that does not fit its type is a client bug: refuse the whole batch, apply nothing.
    List<Mutations.Known> decoded = new ArrayList<>(envelopes.size());
    for (int i = 0; i < envelopes.size(); i++) {
      MutationEnvelope env = envelopes.get(i);
      Mutations.Decoded d = Mutations.decode(env.type(), env.payload(), locale);
      if (d instanceof Mutations.Undecodable u) {
        throw ApiException.invalid(u.code(), "mutations[" + i + "]." + u.field(), u.message());
      }
      decoded.add((Mutations.Known) d);
    }
    for (int attempt = 1; ; attempt++) {
      try {
        Batch batch = db.write(c -> apply(c, actor, locale, envelopes, decoded));
        if (batch.lastSeq > 0) {
          listener.committed(batch.lastSeq);
        }
        appliedCount.increment(batch.applied);
        rejectedCount.increment(batch.rejected);
        replayedCount.increment(batch.replayed);
        return new PushResponse(batch.results);
      } catch (StorageException e) {
        if (attempt >= ATTEMPTS || !isRetryable(e)) {
          throw e;
        }
        LOG.debug("push batch attempt {} hit a conflict, retrying", attempt, e);
      }
    }
  }

  /** Lock conflicts between concurrent pushes on PostgreSQL: the whole batch is simply run again. */
  private static boolean isRetryable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getSQLState() != null
          && (s.getSQLState().equals("40001") || s.getSQLState().equals("40P01") || s.getSQLState().equals("23505"))) {
        return true;
      }
    }
    return false;
  }

  private record Batch(List<MutationResult> results, long lastSeq, int applied, int rejected, int replayed) {}

  private Batch apply(java.sql.Connection c, Actor actor, Locale locale, List<MutationEnvelope> envelopes,
      List<Mutations.Known> decoded) throws SQLException {
    Instant now = clock.instant();
    long nowMillis = now.toEpochMilli();
    List<UUID> ids = envelopes.stream().map(MutationEnvelope::id).toList();
    Map<UUID, String> stored = applied.results(c, ids);
    Map<UUID, MutationResult> thisBatch = new HashMap<>();
    ApplyingTransaction tx = new ApplyingTransaction(c, entities);
    Audiences audiences = new Audiences(nowMillis);
    List<AppliedMutations.Entry> audit = new ArrayList<>();
    List<MutationResult> results = new ArrayList<>(envelopes.size());
    int nApplied = 0;
    int nRejected = 0;
    int nReplayed = 0;
    for (int i = 0; i < envelopes.size(); i++) {
      MutationEnvelope env = envelopes.get(i);
      if (stored.containsKey(env.id())) {
        results.add(readResult(stored.get(env.id())));
        nReplayed++;
        continue;
      }
      if (thisBatch.containsKey(env.id())) {
        results.add(thisBatch.get(env.id()));
        nReplayed++;
        continue;
      }
      Outcome outcome = Mutations.apply(decoded.get(i), env, actor, now, tx, locale);
      MutationResult result;
      if (outcome instanceof Outcome.Rejected r) {
        result = MutationResult.rejected(env.id(), r.rejection().code(), Mutations.describe(r.rejection(), locale),
            r.rejection().field());
        nRejected++;
      } else {
        Outcome.Applied a = (Outcome.Applied) outcome;
        for (Object entity : withNumbers(c, a.writes(), env, actor, now)) {
          Object previous = tx.write(entity);
          audiences.onWrite(tx, entity, previous, env.id());
        }
        result = a.lostEdits().isEmpty() ? MutationResult.applied(env.id())
            : new MutationResult(env.id(), MutationStatus.APPLIED, Codes.EDIT_PARTLY_LOST,
                Mutations.describe(a.lostEdits(), locale), a.lostEdits().get(0).field());
        audit.add(new AppliedMutations.Entry(env.id(), env.type(), env.entityId(), actor.userId(), env.deviceId(),
            env.recordedAt().toEpochMilli(), nowMillis, Json.write(result), env.payload().toString()));
        nApplied++;
      }
      thisBatch.put(env.id(), result);
      results.add(result);
    }
    tx.flush(nowMillis);
    applied.insertAll(c, audit);
    // last: the change-log counter row stays locked only from here to commit
    long lastSeq = changeLog.append(c, tx.changes(), nowMillis);
    return new Batch(results, lastSeq, nApplied, nRejected, nReplayed);
  }

  /** A new work order gets its number from the server the first time the server stores it. */
  private List<Object> withNumbers(java.sql.Connection c, List<Object> writes, MutationEnvelope env, Actor actor,
      Instant now) throws SQLException {
    List<Object> out = new ArrayList<>(writes.size() + 1);
    for (Object w : writes) {
      if (w instanceof WorkOrder wo && wo.number() == null) {
        String number = numbers.next(c, now.atZone(ZoneOffset.UTC).getYear());
        out.add(wo.withNumber(number));
        out.add(new WorkOrderEvent.NumberAssigned(DerivedIds.of(env.id(), 1000), wo.id(), null,
            WorkOrderEvent.SERVER_DEVICE, now, now, number));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private static MutationResult readResult(String json) {
    try {
      return Json.mapper().readValue(json, MutationResult.class);
    } catch (Exception e) {
      throw new IllegalStateException("stored mutation result unreadable", e);
    }
  }
}
