package com.fieldops.server.sync;

import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.PushRequest;
import com.fieldops.protocol.PushResponse;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.DerivedIds;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.storage.AppliedMutations;
import com.fieldops.server.storage.ChangeLog;
import com.fieldops.server.storage.Database;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.StorageException;
import com.fieldops.server.storage.StorageOutage;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies push batches: one transaction per group of waiting batches, each mutation validated and
 * applied in order against current state, its entities, change-log rows and audit/idempotency row written
 * together. A mutation applied before returns its stored result and changes nothing. Rejected
 * mutations change nothing and are not stored (so a retry is judged again against current state).
 */
public final class PushService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PushService.class);
  private static final int ATTEMPTS = 5;
  /** Largest group of mutations (from several pushes) applied in one transaction. */
  private static final int GROUP_MUTATIONS = 2000;

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
  private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean running = true;

  public PushService(Database db, Clock clock, ChangeListener listener, MeterRegistry metrics) {
    this(db, clock, listener, metrics, 2);
  }

  /** {@code pushWriters}: PostgreSQL push groups applied at the same time (setting {@code push.writers}). */
  public PushService(Database db, Clock clock, ChangeListener listener, MeterRegistry metrics, int pushWriters) {
    this.db = db;
    this.clock = clock;
    this.entities = new EntityStore(db.dialect());
    this.listener = listener;
    this.appliedCount = metrics.counter("fieldops.mutations", "result", "applied");
    this.rejectedCount = metrics.counter("fieldops.mutations", "result", "rejected");
    this.replayedCount = metrics.counter("fieldops.mutations", "result", "replayed");
    metrics.gauge("fieldops.push.queue", queue, LinkedBlockingQueue::size);
    // SQLite has one writer connection anyway; PostgreSQL overlaps one group's reads and inserts
    // with another's commit (row locks keep pushes to the same work order in order)
    int count = db.dialect() == Dialect.POSTGRESQL
        ? pushWriters : 1;
    for (int i = 0; i < count; i++) {
      Thread writer = new Thread(this::writeLoop, "push-writer-" + i);
      writer.setDaemon(true);
      writer.start();
      writers.add(writer);
    }
  }

  public PushResponse push(Actor actor, Locale locale, PushRequest request) {
    List<MutationEnvelope> envelopes = request.mutations();
    // An unknown type is a client bug: refuse the whole batch, apply nothing. A payload that does
    // not fit its type rejects that one mutation (naming the field); the others still apply.
    List<Mutations.Decoded> decoded = new ArrayList<>(envelopes.size());
    for (int i = 0; i < envelopes.size(); i++) {
      MutationEnvelope env = envelopes.get(i);
      Mutations.Decoded d = Mutations.decode(env.type(), env.payload(), locale);
      if (d instanceof Mutations.Undecodable u && Codes.UNKNOWN_TYPE.equals(u.code())) {
        throw DomainException.invalid(u.code(), "mutations[" + i + "]." + u.field(), u.message());
      }
      decoded.add(d);
    }
    Job job = new Job(actor, locale, envelopes, decoded, new CompletableFuture<>());
    if (!running) {
      throw new IllegalStateException("push service stopped");
    }
    queue.add(job);
    try {
      return new PushResponse(job.done().get(5, TimeUnit.MINUTES));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the push was applied", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("push not applied within 5 minutes", e);
    }
  }

  /** One client's push waiting for the writer. */
  private record Job(Actor actor, Locale locale, List<MutationEnvelope> envelopes, List<Mutations.Decoded> decoded,
      CompletableFuture<List<MutationResult>> done) {}

  /**
   * Group commit: a writer thread takes every push waiting (up to {@link #GROUP_MUTATIONS}
   * mutations) and applies them, one after the other, in one transaction. With hundreds of devices
   * pushing a few mutations each, the change-log counter lock and the commit are paid once per
   * group rather than once per push. If the group fails, each push is retried alone so one bad push
   * cannot fail the others.
   */
  private void writeLoop() {
    while (running) {
      List<Job> group = new ArrayList<>();
      try {
        Job first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        int size = first.envelopes().size();
        Job next;
        while (size < GROUP_MUTATIONS && (next = queue.peek()) != null
            && size + next.envelopes().size() <= GROUP_MUTATIONS) {
          // another writer (PostgreSQL) may take it between peek and poll
          Job taken = queue.poll();
          if (taken == null) {
            break;
          }
          group.add(taken);
          size += taken.envelopes().size();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      try {
        List<List<MutationResult>> results = applyWithRetry(group);
        for (int i = 0; i < group.size(); i++) {
          group.get(i).done().complete(results.get(i));
        }
      } catch (RuntimeException | Error groupFailed) {
        if (group.size() == 1 || StorageOutage.isOutage(groupFailed)) {
          // an unavailable database fails every push alike: retrying each alone would only wait longer
          group.forEach(job -> job.done().completeExceptionally(groupFailed));
          continue;
        }
        for (Job alone : group) {
          try {
            alone.done().complete(applyWithRetry(List.of(alone)).get(0));
          } catch (RuntimeException | Error e) {
            alone.done().completeExceptionally(e);
          }
        }
      }
    }
    for (Job left; (left = queue.poll()) != null; ) {
      left.done().completeExceptionally(new IllegalStateException("push service stopped"));
    }
  }

  private List<List<MutationResult>> applyWithRetry(List<Job> group) {
    for (int attempt = 1; ; attempt++) {
      try {
        Batch batch = db.write(c -> apply(c, group));
        if (batch.lastSeq > 0) {
          listener.committed(batch.lastSeq);
        }
        appliedCount.increment(batch.applied);
        rejectedCount.increment(batch.rejected);
        replayedCount.increment(batch.replayed);
        return batch.results;
      } catch (StorageException e) {
        if (attempt >= ATTEMPTS || !isRetryable(e)) {
          throw e;
        }
        LOG.debug("push attempt {} hit a conflict, retrying", attempt, e);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    writers.forEach(Thread::interrupt);
    try {
      for (Thread writer : writers) {
        writer.join(10_000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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

  private record Batch(List<List<MutationResult>> results, long lastSeq, int applied, int rejected, int replayed) {}

  private Batch apply(java.sql.Connection c, List<Job> group) throws SQLException {
    Instant now = clock.instant();
    long nowMillis = now.toEpochMilli();
    List<MutationEnvelope> all = new ArrayList<>();
    for (Job job : group) {
      all.addAll(job.envelopes());
    }
    // Locks first, then the idempotency check. On PostgreSQL another transaction (a second writer
    // or another instance) may be applying the same mutation: it holds the lock on the mutation's
    // record, so we wait for its commit and then find its stored result, instead of judging the
    // mutation again against the state it produced (a replayed note would read "already exists").
    List<UUID> touched = idsTouchedBy(all);
    ApplyingTransaction tx = new ApplyingTransaction(c, entities);
    tx.prefetch(touched);
    Map<UUID, AppliedMutations.Prior> stored = applied.priors(c, all.stream().map(MutationEnvelope::id).toList());
    if (!stored.isEmpty()) {
      // records created by a transaction that committed while we waited are not in the locking
      // read's snapshot; the rest of this group may refer to them: read again (locks are held)
      tx = new ApplyingTransaction(c, entities);
      tx.prefetch(touched);
    }
    tx.assumeAbsent(derivedIdsOf(all, stored.keySet()));
    Map<UUID, MutationResult> thisBatch = new HashMap<>();
    Map<UUID, UUID> thisBatchAuthors = new HashMap<>();
    Audiences audiences = new Audiences(nowMillis);
    List<AppliedMutations.Entry> audit = new ArrayList<>();
    List<List<MutationResult>> groupResults = new ArrayList<>(group.size());
    WorkOrderNumbers.Block numbered = numbers.block(c);
    int nApplied = 0;
    int nRejected = 0;
    int nReplayed = 0;
    for (Job job : group) {
      Actor actor = job.actor();
      Locale locale = job.locale();
      List<MutationResult> results = new ArrayList<>(job.envelopes().size());
      for (int i = 0; i < job.envelopes().size(); i++) {
        MutationEnvelope env = job.envelopes().get(i);
        UUID author = stored.containsKey(env.id()) ? stored.get(env.id()).userId() : thisBatchAuthors.get(env.id());
        if (author != null && !author.equals(actor.userId())) {
          // a mutation id belongs to its author: another user's reuse is not their replay
          results.add(idConflict(env, actor, locale));
          nRejected++;
          continue;
        }
        if (stored.containsKey(env.id())) {
          results.add(readResult(stored.get(env.id()).resultJson()));
          nReplayed++;
          continue;
        }
        if (thisBatch.containsKey(env.id())) {
          results.add(thisBatch.get(env.id()));
          nReplayed++;
          continue;
        }
        Outcome outcome = judge(job.decoded().get(i), env, actor, now, tx, locale);
        MutationResult result;
        if (outcome instanceof Outcome.Rejected r) {
          result = MutationResult.rejected(env.id(), r.rejection().code(), Mutations.describe(r.rejection(), locale),
              r.rejection().field());
          nRejected++;
        } else {
          Outcome.Applied a = (Outcome.Applied) outcome;
          for (Object entity : withNumbers(numbered, a.writes(), env, now)) {
            Object previous = tx.write(entity);
            audiences.onWrite(tx, entity, previous, env.id());
          }
          result = a.lostEdits().isEmpty() ? MutationResult.applied(env.id())
              : new MutationResult(env.id(), MutationStatus.APPLIED, Codes.EDIT_PARTLY_LOST,
                  Mutations.describe(a.lostEdits(), locale), a.lostEdits().get(0).field());
          audit.add(new AppliedMutations.Entry(env.id(), env.type(), env.entityId(), actor.userId(), env.deviceId(),
              env.recordedAt().toEpochMilli(), nowMillis, AppliedMutations.stored(result), env.payload().toString()));
          nApplied++;
        }
        thisBatch.put(env.id(), result);
        thisBatchAuthors.put(env.id(), actor.userId());
        results.add(result);
      }
      groupResults.add(results);
    }
    tx.flush(nowMillis);
    numbered.close();
    applied.insertAll(c, audit);
    // last: the change-log counter row stays locked only from here to commit
    long lastSeq = changeLog.append(c, tx.changes(), nowMillis);
    return new Batch(groupResults, lastSeq, nApplied, nRejected, nReplayed);
  }

  /** Thrown inside the transaction of {@link #applyAllOrNothing} to roll back what was applied. */
  private static final class Refused extends RuntimeException {
    private final transient Map<Integer, Rejection> rejections;

    Refused(Map<Integer, Rejection> rejections) {
      super("batch refused", null, false, false);
      this.rejections = rejections;
    }
  }

  /**
   * Applies {@code envelopes} in one transaction, all or none (an import): each is judged by its
   * type's function like a push, against the state the earlier ones made. If any is rejected the
   * transaction rolls back and the rejections come back by index; otherwise everything is committed,
   * audited and appended to the change log like a push, so the replicas in scope receive it.
   */
  public Map<Integer, Rejection> applyAllOrNothing(Actor actor, Locale locale, List<MutationEnvelope> envelopes) {
    List<Mutations.Decoded> decoded = new ArrayList<>(envelopes.size());
    for (MutationEnvelope env : envelopes) {
      decoded.add(Mutations.decode(env.type(), env.payload(), locale));
    }
    for (int attempt = 1; ; attempt++) {
      try {
        long lastSeq = db.write(c -> {
          Instant now = clock.instant();
          long nowMillis = now.toEpochMilli();
          ApplyingTransaction tx = new ApplyingTransaction(c, entities);
          tx.prefetch(idsTouchedBy(envelopes));
          tx.assumeAbsent(derivedIdsOf(envelopes, java.util.Set.of()));
          Audiences audiences = new Audiences(nowMillis);
          List<AppliedMutations.Entry> audit = new ArrayList<>();
          Map<Integer, Rejection> refused = new java.util.LinkedHashMap<>();
          for (int i = 0; i < envelopes.size(); i++) {
            MutationEnvelope env = envelopes.get(i);
            Outcome outcome = judge(decoded.get(i), env, actor, now, tx, locale);
            if (outcome instanceof Outcome.Rejected r) {
              refused.put(i, r.rejection());
              continue;
            }
            for (Object entity : ((Outcome.Applied) outcome).writes()) {
              Object previous = tx.write(entity);
              audiences.onWrite(tx, entity, previous, env.id());
            }
            audit.add(new AppliedMutations.Entry(env.id(), env.type(), env.entityId(), actor.userId(), env.deviceId(),
                env.recordedAt().toEpochMilli(), nowMillis, AppliedMutations.stored(MutationResult.applied(env.id())),
                env.payload().toString()));
          }
          if (!refused.isEmpty()) {
            throw new Refused(refused);
          }
          tx.flush(nowMillis);
          applied.insertAll(c, audit);
          return changeLog.append(c, tx.changes(), nowMillis);
        });
        if (lastSeq > 0) {
          listener.committed(lastSeq);
        }
        appliedCount.increment(envelopes.size());
        return Map.of();
      } catch (Refused r) {
        return r.rejections;
      } catch (StorageException e) {
        if (attempt >= ATTEMPTS || !isRetryable(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * One mutation's outcome; whatever its content, it is APPLIED or REJECTED and never fails the
   * batch. A function that throws on some absurd value the checks let through is a bug to fix, but
   * the device must not be stuck behind it: that mutation is rejected and a warning logged (no stack
   * trace: it is about the input). A storage failure is not the mutation's fault and fails as before.
   */
  private static Outcome judge(Mutations.Decoded decoded, MutationEnvelope env, Actor actor, Instant now,
      ApplyingTransaction tx, Locale locale) {
    if (decoded instanceof Mutations.Undecodable u) {
      return new Outcome.Rejected(Mutations.rejection(u));
    }
    try {
      return Mutations.apply((Mutations.Known) decoded, env, actor, now, tx, locale);
    } catch (StorageException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.atWarn().setMessage("mutation could not be processed").addKeyValue("event", "push.mutation.unprocessable")
          .addKeyValue("mutation", env.id()).addKeyValue("type", env.type()).addKeyValue("user", actor.userId())
          .addKeyValue("error", e.getClass().getSimpleName()).addKeyValue("detail", e.getMessage()).log();
      return new Outcome.Rejected(Rejection.of(Codes.INVALID, "protocol.rejected.unprocessable", "payload"));
    }
  }

  /**
   * Every id a batch may read or write and that may exist: the envelopes' entities and the ids in
   * the payloads (new notes, sites, technicians...).
   */
  private static List<UUID> idsTouchedBy(List<MutationEnvelope> envelopes) {
    List<UUID> ids = new ArrayList<>();
    for (MutationEnvelope env : envelopes) {
      ids.add(env.entityId());
      collectUuids(env.payload(), ids, 0);
    }
    return ids;
  }

  /**
   * The ids of the history records (events) most mutations derive: a SHA-256 of the mutation id
   * and a number, and only mutations derive them, so for a mutation not applied before (checked
   * in this same transaction) no such record can exist and looking them up would be wasted work.
   * A rarer further derived id is looked up when written.
   */
  private static List<UUID> derivedIdsOf(List<MutationEnvelope> envelopes, java.util.Set<UUID> alreadyApplied) {
    List<UUID> ids = new ArrayList<>(envelopes.size() * 2);
    for (MutationEnvelope env : envelopes) {
      if (!alreadyApplied.contains(env.id())) {
        ids.add(DerivedIds.of(env.id(), 0));
        ids.add(DerivedIds.of(env.id(), 1));
        ids.add(numberEventId(env.id()));
      }
    }
    return ids;
  }

  private static void collectUuids(com.fasterxml.jackson.databind.JsonNode node, List<UUID> into, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isTextual()) {
      String t = node.textValue();
      if (t.length() == 36 && t.charAt(8) == '-') {
        try {
          into.add(UUID.fromString(t));
        } catch (IllegalArgumentException notAnId) {
          // just text
        }
      }
    } else if (node.isContainerNode()) {
      for (com.fasterxml.jackson.databind.JsonNode child : node) {
        collectUuids(child, into, depth + 1);
      }
    }
  }

  /** A new work order gets its number from the server the first time the server stores it. */
  private static List<Object> withNumbers(WorkOrderNumbers.Block numbers, List<Object> writes, MutationEnvelope env,
      Instant now) throws SQLException {
    List<Object> out = new ArrayList<>(writes.size() + 1);
    for (Object w : writes) {
      if (w instanceof WorkOrder wo && wo.number() == null) {
        String number = numbers.next(now.atZone(ZoneOffset.UTC).getYear());
        out.add(wo.withNumber(number));
        out.add(new WorkOrderEvent.NumberAssigned(numberEventId(env.id()), wo.id(), null,
            WorkOrderEvent.SERVER_DEVICE, now, now, number));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** The id of the "number assigned" event of the work order a mutation creates: derived, like its other events. */
  private static UUID numberEventId(UUID mutationId) {
    return DerivedIds.of(mutationId, 1000);
  }

  private static MutationResult idConflict(MutationEnvelope env, Actor actor, Locale locale) {
    LOG.warn("event=mutation_id_conflict mutation={} user={} device={}", env.id(), actor.userId(), env.deviceId());
    return MutationResult.rejected(env.id(), Codes.MUTATION_ID_CONFLICT,
        Mutations.describe(com.fieldops.protocol.mutation.Rejection.of(Codes.MUTATION_ID_CONFLICT,
            "protocol.rejected.mutationIdConflict", "id", String.valueOf(env.id())), locale), "id");
  }

  private static MutationResult readResult(String json) {
    try {
      return Json.mapper().readValue(json, MutationResult.class);
    } catch (Exception e) {
      throw new IllegalStateException("stored mutation result unreadable", e);
    }
  }
}
