package com.fieldops.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.customer.replica.CustomerReplica;
import com.fieldops.equipment.replica.EquipmentReplica;
import com.fieldops.identity.replica.IdentityReplica;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.DocIndexer;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.MutationRecorder;
import com.fieldops.replica.store.MutationRules;
import com.fieldops.replica.store.MutationTypes;
import com.fieldops.replica.store.OutboxState;
import com.fieldops.replica.store.ReplicaDatabase;
import com.fieldops.replica.store.ReplicaMessages;
import com.fieldops.replica.store.StoreKeys;
import com.fieldops.replica.store.StoredMutation;
import com.fieldops.replica.store.Touched;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.replica.sync.SyncEngine;
import com.fieldops.replica.sync.SyncSettings;
import com.fieldops.report.replica.ReportReplica;
import com.fieldops.sla.replica.SlaReplica;
import com.fieldops.stock.replica.StockReplica;
import com.fieldops.workorder.replica.WorkOrderReplica;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link Replica}: opens the local store, wires the feature parts to the shared
 * {@link MutationRecorder}, and hands sync control to the {@link SyncEngine}; {@link ReplicaEvents}
 * tells the listeners.
 */
final class LocalReplica implements Replica {
  private final ReplicaConfig config;
  private final LocalStore store;
  private final SyncEngine engine;
  private final ReplicaMessages messages;
  private final String deviceId;
  private final ReplicaEvents events;
  private final MutationRecorder recorder;
  private final WorkOrderReplica workOrders;
  private final CustomerReplica customers;
  private final EquipmentReplica equipment;
  private final StockReplica stock;
  private final ReportReplica reports;
  private final SlaReplica sla;
  private final IdentityReplica identity;
  private final com.fieldops.costs.replica.CostsReplica costs;
  private final com.fieldops.workorder.replica.JobPhotos photos;

  private LocalReplica(ReplicaConfig config, LocalStore store, String deviceId) {
    this.config = config;
    this.store = store;
    this.deviceId = deviceId;
    this.messages = new ReplicaMessages(config.locale());
    this.events = new ReplicaEvents(this::syncStatus);
    this.engine = new SyncEngine(settings(config), store, deviceId, messages, new SyncEngine.Callbacks() {
      @Override
      public void dataChanged(Touched touched, boolean byRejection) {
        events.dataChanged(touched, byRejection ? DataChange.Cause.REJECTION : DataChange.Cause.PULL);
      }

      @Override
      public void statusChanged() {
        events.statusChanged();
      }
    });
    this.recorder = new MutationRecorder(store, messages, deviceId, config.clock(), touched -> {
      events.dataChanged(touched, DataChange.Cause.LOCAL_COMMAND);
      events.statusChanged();
      engine.requestSync();
    });
    this.workOrders = new WorkOrderReplica(recorder);
    this.customers = new CustomerReplica(store);
    this.equipment = new EquipmentReplica(store);
    this.stock = new StockReplica(store);
    this.reports = new ReportReplica(store, engine);
    this.sla = new SlaReplica(store);
    this.identity = new IdentityReplica(store);
    this.costs = new com.fieldops.costs.replica.CostsReplica(engine);
    this.photos = new com.fieldops.workorder.replica.JobPhotos(recorder, engine);
  }

  private static SyncSettings settings(ReplicaConfig c) {
    return new SyncSettings(c.serverUrl(), c.locale(), c.clock(), c.pollInterval(), c.minBackoff(), c.maxBackoff(),
        c.requestTimeout(), c.pushBatchSize(), c.interceptors());
  }

  static Replica open(ReplicaConfig config) {
    return open(config, new ReplicaRules(config.locale(), config.clock()), DocIndexer.FROM_DOCUMENT);
  }

  static LocalReplica open(ReplicaConfig config, MutationRules rules, DocIndexer indexer) {
    ReplicaDatabase db = ReplicaDatabase.open(config.databaseFile());
    Holder holder = new Holder();
    LocalStore store = new LocalStore(db, rules,
        () -> holder.replica == null ? null : holder.replica.identity().user().orElse(null), indexer, config.clock());
    store.reindexIfStale();
    String deviceId = config.deviceId();
    if (deviceId == null) {
      deviceId = store.setting(StoreKeys.DEVICE_ID).orElse(null);
      if (deviceId == null) {
        deviceId = "device-" + Ids.newId();
        store.putSetting(StoreKeys.DEVICE_ID, deviceId);
      }
    }
    LocalReplica replica = new LocalReplica(config, store, deviceId);
    holder.replica = replica;
    return replica;
  }

  private static final class Holder {
    volatile LocalReplica replica;
  }

  String deviceId() {
    return deviceId;
  }

  LocalStore store() {
    return store;
  }

  /** Every document of the local view by "type/id" (tests compare it with the server's scope). */
  Map<String, JsonNode> viewDocuments() {
    return store.query(c -> {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      try (var ps = c.prepareStatement("SELECT type, id, data FROM view_doc"); var rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1) + "/" + rs.getString(2), Json.mapper().readTree(rs.getString(3)));
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      return out;
    });
  }

  // ---- features ----

  @Override
  public WorkOrderReplica workOrders() {
    return workOrders;
  }

  @Override
  public com.fieldops.workorder.replica.JobPhotos photos() {
    return photos;
  }

  @Override
  public CustomerReplica customers() {
    return customers;
  }

  @Override
  public EquipmentReplica equipment() {
    return equipment;
  }

  @Override
  public StockReplica stock() {
    return stock;
  }

  @Override
  public ReportReplica reports() {
    return reports;
  }

  @Override
  public com.fieldops.costs.replica.CostsReplica costs() {
    return costs;
  }

  @Override
  public SlaReplica sla() {
    return sla;
  }

  @Override
  public IdentityReplica identity() {
    return identity;
  }

  @Override
  public CommandOutcome record(UUID entityId, Object payload) {
    return recorder.record(entityId, payload);
  }

  @Override
  public CommandOutcome record(String mutationType, UUID entityId, Object payload) {
    return recorder.record(mutationType, entityId, payload);
  }

  // ---- sync control ----

  @Override
  public CompletableFuture<SignInOutcome> signIn(String username, char[] password) {
    return engine.signIn(username, password);
  }

  @Override
  public CompletableFuture<Void> signOut() {
    return engine.signOut();
  }

  @Override
  public void start() {
    engine.start();
  }

  @Override
  public void foreground(boolean inForeground) {
    engine.foreground(inForeground);
  }

  @Override
  public void syncNow() {
    engine.requestSync();
  }

  @Override
  public SyncStatus syncStatus() {
    List<RejectedMutation> rejected = store.rejected().stream().map(LocalReplica::rejection).toList();
    return new SyncStatus(connectivity(), engine.syncing(),
        store.setting(StoreKeys.LAST_SYNC).map(Instant::parse).orElse(null),
        // a photo whose bytes are still on the device is unsynced work too: the sign-out warning counts it
        store.pendingCount() + photos.waitingCount(), rejected, engine.problem(), engine.nextAttemptAt(),
        scopeArriving());
  }

  /** How far the whole scope has arrived after a first sign-in, in percent of the log (see SyncStatus). */
  private Integer scopeArriving() {
    Optional<Long> until = store.scopeArrivingUntil();
    if (until.isEmpty()) {
      return null;
    }
    if (until.get() <= 0) {
      return -1;
    }
    return (int) Math.min(99, store.cursor() * 100 / until.get());
  }

  private SyncStatus.Connectivity connectivity() {
    return switch (engine.connectivity()) {
      case SIGNED_OUT -> SyncStatus.Connectivity.SIGNED_OUT;
      case ONLINE -> SyncStatus.Connectivity.ONLINE;
      case OFFLINE -> SyncStatus.Connectivity.OFFLINE;
    };
  }

  private static RejectedMutation rejection(StoredMutation m) {
    return new RejectedMutation(m.envelope().id(), m.envelope().type(), m.envelope().entityId(), m.action(),
        m.envelope().recordedAt(), m.code(), m.reason(), m.field());
  }

  @Override
  public Subscription onSyncStatus(SyncStatusListener listener) {
    return events.onSyncStatus(listener);
  }

  @Override
  public void dismissRejection(UUID mutationId) {
    if (store.dismiss(mutationId)) {
      events.statusChanged();
    }
  }

  @Override
  public CommandOutcome retryRejection(UUID mutationId) {
    Optional<StoredMutation> row = store.outboxEntry(mutationId).filter(m -> m.state() == OutboxState.REJECTED);
    if (row.isEmpty()) {
      return recorder.refused("", "refused.rejection.unknown");
    }
    MutationEnvelope old = row.get().envelope();
    Long baseVersion = recorder.baseVersion(MutationTypes.entityTypeOf(old.type()), old.entityId());
    MutationEnvelope again = new MutationEnvelope(Ids.newId(), old.type(), old.entityId(), baseVersion, deviceId,
        config.clock().instant(), old.payload());
    LocalStore.RecordOutcome outcome = store.retry(mutationId, again, row.get().action());
    if (outcome instanceof LocalStore.RecordOutcome.Refused r) {
      return new CommandOutcome.Refused(r.refusal().code(), r.refusal().field(), r.refusal().message());
    }
    events.dataChanged(((LocalStore.RecordOutcome.Recorded) outcome).touched(), DataChange.Cause.REJECTION);
    events.statusChanged();
    engine.requestSync();
    return new CommandOutcome.Recorded(again.id(), again.entityId());
  }

  // ---- listeners ----

  @Override
  public com.fieldops.replica.sync.AdminApi admin() {
    return engine.admin();
  }

  @Override
  public Subscription onDataChanged(Set<String> entityTypes, DataChangeListener listener) {
    return events.onDataChanged(entityTypes, listener);
  }

  @Override
  public void close() {
    engine.close();
    events.close();
    store.close();
  }
}
