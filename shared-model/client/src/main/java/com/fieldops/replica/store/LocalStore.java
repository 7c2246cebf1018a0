package com.fieldops.replica.store;

import com.fieldops.protocol.Change;
import com.fieldops.protocol.ChangeOp;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.MutationResult;
import com.fieldops.replica.store.ReplicaUser;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replica's state transitions, each one SQLite transaction: record a user action (outbox row +
 * optimistic effect), apply a pulled page (then replay pending mutations on top), store push
 * results, forget confirmed mutations once the pull has brought their effect.
 *
 * <p>Local view = server state + pending mutations. Before a local effect first overwrites an
 * entity, its server state is kept in {@code server_shadow}; pulled changes to an overlaid entity
 * go to the shadow. A rebase restores every shadow and replays the still-pending mutations in
 * outbox order, so the view is always exactly "server state, then my actions".
 */
public final class LocalStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);

  private final ReplicaDatabase db;
  private final MutationRules rules;
  private final Supplier<ReplicaUser> actor;
  private final DocIndexer indexer;
  private final SlaIndex sla;

  public LocalStore(ReplicaDatabase db, MutationRules rules, Supplier<ReplicaUser> actor, DocIndexer indexer) {
    this(db, rules, actor, indexer, java.time.Clock.systemUTC());
  }

  /** {@code clock} evaluates the SLA clocks kept in the local view. */
  public LocalStore(ReplicaDatabase db, MutationRules rules, Supplier<ReplicaUser> actor, DocIndexer indexer,
      java.time.Clock clock) {
    this.db = db;
    this.rules = rules;
    this.actor = actor;
    this.indexer = indexer;
    this.sla = new SlaIndex(clock, indexer);
  }

  public ReplicaDatabase database() {
    return db;
  }

  /** Fills index columns a schema upgrade added (the SQL migration cannot compute them). */
  public void reindexIfStale() {
    db.write(c -> {
      boolean dueOrder = SyncState.get(c, "index.dueOrder").filter("stale"::equals).isPresent();
      boolean clocks = SyncState.get(c, "index.sla").filter("stale"::equals).isPresent();
      if (dueOrder || clocks) {
        int n = Docs.reindexWorkOrders(c, indexer);
        sla.reindexAll(c);
        SyncState.put(c, "index.dueOrder", null);
        SyncState.put(c, "index.sla", null);
        LOG.info("Re-indexed {} work orders of the local replica after an upgrade", n);
      }
      return null;
    });
  }

  /** Result of recording: the effect's entities, or the refusal (nothing written). */
  public sealed interface RecordOutcome {
    record Recorded(Touched touched) implements RecordOutcome {}

    record Refused(MutationRules.Refusal refusal) implements RecordOutcome {}
  }

  /** Checks the mutation against the local view, then writes it and its effect in one transaction. */
  public RecordOutcome record(MutationEnvelope m, String action) {
    return db.write(c -> {
      MutationRules.Outcome outcome = rules.apply(m, reader(c), actor.get());
      if (outcome instanceof MutationRules.Refusal refusal) {
        return new RecordOutcome.Refused(refusal);
      }
      Touched touched = new Touched();
      Outbox.insert(c, m, action);
      writeEffect(c, (MutationRules.Effect) outcome, touched);
      sla.refresh(c, touched);
      return new RecordOutcome.Recorded(touched);
    });
  }

  /** The base version to record with a mutation on {@code type}/{@code id}: the server version the view shows. */
  public Optional<EntityDoc> find(String type, UUID id) {
    return db.read(c -> Docs.find(c, type, id));
  }

  /** Applies one pulled page and the new cursor in one transaction, then rebases pending mutations. */
  public Touched applyPullPage(List<Change> changes, long cursor) {
    return apply(changes, cursor, null);
  }

  /**
   * Applies the server's working set of a replica that never pulled (docs/decisions/0031): the same
   * documents a pull brings, but the cursor stays where it is, so the pull from there still brings
   * the whole scope (and, applied as it is, skips the older versions of what this already holds).
   */
  public Touched applyWorkingSet(List<Change> changes, long until) {
    return apply(changes, null, until);
  }

  /**
   * A pulled change never moves a record backwards: an UPSERT or REMOVE older than the version held
   * (in the view, or in the shadow of an overlaid record) is skipped. The server's versions only
   * grow, so in plain pulls nothing is ever skipped; after a working set, the pull from zero brings
   * older copies of records it held already.
   */
  private Touched apply(List<Change> changes, Long cursor, Long workingSetUntil) {
    return db.write(c -> {
      Touched touched = new Touched();
      int skipped = 0;
      // with nothing overlaid (a bootstrap, most pulls) no change can hit a shadow
      boolean anyShadow = Docs.shadowCount(c) > 0;
      WorkingSetDocs covered = cursor == null ? WorkingSetDocs.NONE : WorkingSetDocs.of(c, changes);
      try (Docs.ViewWriter view = new Docs.ViewWriter(c, indexer)) {
        for (Change ch : changes) {
          UUID id = ch.entityId();
          if (covered.reflects(ch)) {
            skipped++;
            continue;
          }
          boolean remove = ch.op() == ChangeOp.REMOVE || ch.data() == null;
          boolean applied;
          if (anyShadow && Docs.hasShadow(c, ch.entityType(), id)) {
            applied = Docs.upsertShadowIfNotOlder(c, ch.entityType(), id, ch.version(),
                remove ? null : Docs.write(ch.data()));
          } else if (remove) {
            applied = view.deleteIfNotNewer(ch.entityType(), id, ch.version());
          } else {
            applied = view.upsertIfNotOlder(ch.entityType(), id, ch.version(), ch.data());
          }
          if (applied) {
            touched.add(ch.entityType(), id, remove ? null : ch.data());
          } else {
            skipped++;
          }
        }
      }
      if (cursor != null) {
        SyncState.put(c, SyncState.CURSOR, Long.toString(cursor));
      }
      if (workingSetUntil != null) {
        WorkingSetDocs.remember(c, changes);
        SyncState.put(c, StoreKeys.SCOPE_ARRIVING, Long.toString(workingSetUntil));
      }
      if (skipped > 0) {
        LOG.debug("event=replica_pull_skipped_older changes={} skipped={}", changes.size(), skipped);
      }
      if (!touched.isEmpty()) {
        rebase(c, touched);
      }
      sla.refresh(c, touched);
      return touched;
    });
  }

  /** Whether the replica holds nothing of the server's state (never pulled, or re-bootstrapping). */
  public boolean holdsNothing() {
    return db.read(c -> {
      try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT 1 FROM view_doc LIMIT 1");
          java.sql.ResultSet rs = ps.executeQuery()) {
        return !rs.next();
      }
    });
  }

  /**
   * The whole scope is arriving from cursor 0 (a first sign-in, a re-bootstrap), up to about log
   * position {@code until} (0: not known); kept until a pull reaches the end, so a restart mid-way
   * still says so (the sync bar's "getting your job history..." line).
   */
  public void scopeArriving(long until) {
    putSetting(StoreKeys.SCOPE_ARRIVING, Long.toString(until));
  }

  /** The log position the arriving scope goes up to (0 if unknown), empty once the whole scope is held. */
  public Optional<Long> scopeArrivingUntil() {
    return setting(StoreKeys.SCOPE_ARRIVING).map(Long::parseLong);
  }

  /** A pull reached the end of the log: the whole scope is held. */
  public void scopeHeld() {
    db.write(c -> {
      SyncState.put(c, StoreKeys.SCOPE_ARRIVING, null);
      WorkingSetDocs.forget(c);
      return null;
    });
  }

  /**
   * Forgets the copy of the server's state (the local view and its shadows) and the cursor, so the
   * next pull takes the scope again from zero; the outbox stays. Mutations the server confirmed
   * but whose effect no completed pull brought yet go back to PENDING: a server restored from a
   * backup may not have them, and pushing them again is a replay (once) where it does.
   */
  public Touched rebootstrap() {
    return db.write(c -> {
      Touched touched = new Touched();
      try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT type, id FROM view_doc");
          java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          touched.add(rs.getString(1), UUID.fromString(rs.getString(2)), null);
        }
      }
      try (java.sql.Statement st = c.createStatement()) {
        st.executeUpdate("DELETE FROM view_doc");
        st.executeUpdate("DELETE FROM server_shadow");
        st.executeUpdate("DELETE FROM working_set_doc");
        st.executeUpdate("UPDATE outbox SET state = 'PENDING', code = NULL, reason = NULL, field = NULL"
            + " WHERE state = 'APPLIED'");
      }
      SyncState.put(c, SyncState.CURSOR, "0");
      rebase(c, touched);
      sla.refresh(c, touched);
      return touched;
    });
  }

  /** Stores the server's results; a rejection undoes its local effect (rebase). */
  public Touched storePushResults(List<MutationResult> results) {
    return db.write(c -> {
      Touched touched = new Touched();
      boolean rejected = false;
      for (MutationResult r : results) {
        boolean stored = Outbox.storeResult(c, r);
        rejected |= stored && (!r.isApplied() || r.code() != null);
      }
      if (rejected) {
        rebase(c, touched);
        sla.refresh(c, touched);
      }
      return touched;
    });
  }

  /** Counts a push attempt for these mutations (shown when a mutation keeps failing). */
  public void countAttempts(List<UUID> ids) {
    db.write(c -> {
      Outbox.countAttempt(c, ids);
      return null;
    });
  }

  /**
   * A pull that started after the last push results ran to the end: the server state now
   * contains every confirmed mutation's effect, so they are no longer replayed.
   */
  public Touched finishPull(java.time.Instant at) {
    return db.write(c -> {
      Touched touched = new Touched();
      if (Outbox.deleteApplied(c) > 0) {
        rebase(c, touched);
        sla.refresh(c, touched);
      }
      SyncState.put(c, SyncState.LAST_SYNC, at.toString());
      return touched;
    });
  }

  /** The next mutations to push, in order. */
  public List<StoredMutation> pendingBatch(int limit) {
    return db.read(c -> Outbox.inStates(c, limit, OutboxState.PENDING));
  }

  public List<StoredMutation> rejected() {
    return db.read(c -> Outbox.inStates(c, Integer.MAX_VALUE, OutboxState.REJECTED));
  }

  public int pendingCount() {
    return db.read(c -> Outbox.count(c, OutboxState.PENDING));
  }

  public int countInState(OutboxState state) {
    return db.read(c -> Outbox.count(c, state));
  }

  public Optional<StoredMutation> outboxEntry(UUID mutationId) {
    return db.read(c -> Outbox.find(c, mutationId));
  }

  /** Forgets a rejected mutation. Its effect was already undone when it was rejected. */
  public boolean dismiss(UUID mutationId) {
    return db.write(c -> Outbox.delete(c, mutationId, OutboxState.REJECTED));
  }

  /**
   * Records {@code replacement} in place of the rejected {@code mutationId}, in one transaction;
   * refused (and the rejection kept) if it cannot apply to the current view.
   */
  public RecordOutcome retry(UUID mutationId, MutationEnvelope replacement, String action) {
    return db.write(c -> {
      MutationRules.Outcome outcome = rules.apply(replacement, reader(c), actor.get());
      if (outcome instanceof MutationRules.Refusal refusal) {
        return new RecordOutcome.Refused(refusal);
      }
      Touched touched = new Touched();
      Outbox.delete(c, mutationId, OutboxState.REJECTED);
      Outbox.insert(c, replacement, action);
      writeEffect(c, (MutationRules.Effect) outcome, touched);
      sla.refresh(c, touched);
      return new RecordOutcome.Recorded(touched);
    });
  }

  public long cursor() {
    return db.read(c -> SyncState.get(c, SyncState.CURSOR).map(Long::parseLong).orElse(0L));
  }

  public Optional<String> setting(String key) {
    return db.read(c -> SyncState.get(c, key));
  }

  public void putSetting(String key, String value) {
    db.write(c -> {
      SyncState.put(c, key, value);
      return null;
    });
  }

  /** Runs a query on one consistent snapshot of the local view. */
  public <T> T query(ReplicaDatabase.SqlWork<T> work) {
    return db.read(work);
  }

  /** A work order's SLA clocks now (open or closed), inside a {@link #query}; empty when no policy applies. */
  public Optional<com.fieldops.replica.view.SlaSummary> slaSummary(Connection c,
      com.fieldops.workorder.model.WorkOrder wo) throws SQLException {
    return sla.summary(c, wo);
  }

  /** A {@link DocReader} over the given connection (for queries run inside {@link #query}). */
  public static DocReader reader(Connection c) {
    return new DocReader() {
      @Override
      public Optional<EntityDoc> find(String type, UUID id) {
        try {
          return Docs.find(c, type, id);
        } catch (SQLException e) {
          throw new ReplicaStoreException("replica read failed", e);
        }
      }

      @Override
      public List<EntityDoc> findBy(String type, String field, String value) {
        try {
          return Docs.findBy(c, type, field, value);
        } catch (SQLException e) {
          throw new ReplicaStoreException("replica read failed", e);
        }
      }
    };
  }

  private void writeEffect(Connection c, MutationRules.Effect effect, Touched touched) throws SQLException {
    for (DocWrite w : effect.writes()) {
      Docs.shadowIfAbsent(c, w.type(), w.id());
      if (w.data() == null) {
        Docs.deleteView(c, w.type(), w.id());
      } else {
        long version = Docs.find(c, w.type(), w.id()).map(EntityDoc::version).orElse(0L);
        Docs.upsertView(c, w.type(), w.id(), version, w.data(), true, indexer);
      }
      touched.add(w.type(), w.id(), w.data());
    }
  }

  /** Restores the server state of every overlaid entity, then replays the still-pending mutations. */
  private void rebase(Connection c, Touched touched) throws SQLException {
    if (Docs.shadowCount(c) == 0 && Outbox.count(c, OutboxState.PENDING) + Outbox.count(c, OutboxState.APPLIED) == 0) {
      return;
    }
    for (DocKey k : Docs.restoreShadows(c, indexer)) {
      touched.add(k);
    }
    ReplicaUser who = actor.get();
    DocReader reader = reader(c);
    Set<UUID> skipped = new HashSet<>();
    for (StoredMutation sm : Outbox.inStates(c, Integer.MAX_VALUE, OutboxState.PENDING, OutboxState.APPLIED)) {
      MutationRules.Outcome outcome;
      try {
        outcome = rules.apply(sm.envelope(), reader, who);
      } catch (RuntimeException e) {
        LOG.warn("Replaying mutation {} ({}) failed; the local view shows the server state for it",
            sm.envelope().id(), sm.envelope().type(), e);
        continue;
      }
      if (outcome instanceof MutationRules.Effect effect) {
        writeEffect(c, effect, touched);
      } else {
        // no longer applies locally (e.g. the server moved on); the server decides when it is pushed
        skipped.add(sm.envelope().id());
      }
    }
    if (!skipped.isEmpty()) {
      LOG.debug("{} pending mutations do not apply to the new server state locally", skipped.size());
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
