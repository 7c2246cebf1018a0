package com.fieldops.replica;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.workorder.mutation.AddNote;
import com.fieldops.workorder.mutation.AddTimeEntry;
import com.fieldops.workorder.mutation.AssignWorkOrder;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import com.fieldops.workorder.mutation.EditWorkOrder;
import com.fieldops.protocol.mutation.FieldEdit;
import com.fieldops.protocol.registry.MutationRegistry;
import com.fieldops.replica.query.LocalQueries;
import com.fieldops.replica.store.DocIndexer;
import com.fieldops.replica.store.EntityDoc;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.MutationRules;
import com.fieldops.replica.store.ReplicaDatabase;
import com.fieldops.replica.store.StoreKeys;
import com.fieldops.replica.store.StoredMutation;
import com.fieldops.replica.store.Touched;
import com.fieldops.replica.sync.SyncEngine;
import com.fieldops.replica.view.Customer360;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.TechnicianDay;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link Replica}: local store + queries + commands + sync engine + listeners. */
final class LocalReplica implements Replica {
  private static final Logger LOG = LoggerFactory.getLogger(LocalReplica.class);

  private final ReplicaConfig config;
  private final LocalStore store;
  private final LocalQueries queries;
  private final SyncEngine engine;
  private final ReplicaMessages messages;
  private final String deviceId;
  private final ExecutorService notifier;
  private final List<DataSubscriber> dataListeners = new CopyOnWriteArrayList<>();
  private final List<SyncStatusListener> statusListeners = new CopyOnWriteArrayList<>();

  private record DataSubscriber(Set<String> types, DataChangeListener listener) {}

  private LocalReplica(ReplicaConfig config, LocalStore store, String deviceId) {
    this.config = config;
    this.store = store;
    this.deviceId = deviceId;
    this.messages = new ReplicaMessages(config.locale());
    this.queries = new LocalQueries(store);
    this.notifier = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fieldops-replica-events");
      t.setDaemon(true);
      return t;
    });
    this.engine = new SyncEngine(config, store, deviceId, messages, new SyncEngine.Callbacks() {
      @Override
      public void dataChanged(Touched touched, boolean byRejection) {
        fireData(touched, byRejection ? DataChange.Cause.REJECTION : DataChange.Cause.PULL);
      }

      @Override
      public void statusChanged() {
        fireStatus();
      }
    });
  }

  static Replica open(ReplicaConfig config) {
    return open(config, new ReplicaRules(config.locale(), config.clock()), DocIndexer.FROM_DOCUMENT);
  }

  static LocalReplica open(ReplicaConfig config, MutationRules rules, DocIndexer indexer) {
    ReplicaDatabase db = ReplicaDatabase.open(config.databaseFile());
    Holder holder = new Holder();
    LocalStore store = new LocalStore(db, rules, () -> holder.replica == null ? null : holder.replica.user().orElse(null), indexer,
        config.clock());
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
  java.util.Map<String, JsonNode> viewDocuments() {
    return store.query(c -> {
      java.util.Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
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

  // ---- queries ----

  @Override
  public List<WorkOrderRow> openWorkOrders() {
    return queries.openWorkOrders();
  }

  @Override
  public List<WorkOrderRow> openWorkOrders(int limit) {
    return queries.openWorkOrders(limit);
  }

  @Override
  public List<WorkOrderRow> findWorkOrders(String text, int limit) {
    return queries.findWorkOrders(text, limit);
  }

  @Override
  public List<com.fieldops.replica.view.CompletedWorkOrder> recentlyCompleted(Instant since, int limit) {
    return queries.recentlyCompleted(since, limit);
  }

  @Override
  public Optional<WorkOrderDetail> workOrder(UUID workOrderId) {
    return queries.workOrder(workOrderId);
  }

  @Override
  public List<CustomerRow> customers(String search) {
    return queries.customers(search);
  }

  @Override
  public Optional<Customer360> customer(UUID customerId) {
    return queries.customer(customerId);
  }

  @Override
  public List<TechnicianRow> technicians() {
    return queries.technicians();
  }

  @Override
  public TechnicianDay technicianDay(UUID technicianId, LocalDate day) {
    return queries.technicianDay(technicianId, day);
  }

  @Override
  public List<VanStockLine> vanStock(UUID technicianId) {
    return queries.vanStock(technicianId);
  }

  @Override
  public Optional<ReplicaUser> user() {
    Optional<ReplicaUser> user = queries.user();
    if (user.isPresent() && user.get().technicianId() == null) {
      // the session names the user; the technician record (pulled) links the user to it
      ReplicaUser u = user.get();
      Optional<UUID> technician = store.query(c -> LocalStore.reader(c)
          .findBy(EntityTypes.TECHNICIAN, "userId", u.userId().toString()).stream().findFirst().map(EntityDoc::id));
      if (technician.isPresent()) {
        return Optional.of(u.withTechnicianId(technician.get()));
      }
    }
    return user;
  }

  // ---- commands ----

  @Override
  public CommandOutcome createWorkOrder(NewWorkOrder d) {
    if (d == null) {
      return refused("customerId", "refused.customer.unknown");
    }
    UUID id = Ids.newId();
    CreateWorkOrder payload = new CreateWorkOrder(d.customerId(), d.siteId(), d.contactId(), d.equipmentId(), d.type(),
        d.priority(), blankToNull(d.requiredSkill()), d.problem() == null ? null : d.problem().strip(),
        d.scheduledStart(), d.scheduledEnd(), d.assigneeId());
    return record(payload, EntityTypes.WORK_ORDER, id, messages.get("action.CreateWorkOrder", LocalQueriesLabels.provisional(id)));
  }

  @Override
  public CommandOutcome assign(UUID workOrderId, UUID technicianId, Instant scheduledStart, Instant scheduledEnd,
      String comment) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return refused("workOrderId", "refused.workOrder.unknown");
    }
    Optional<EntityDoc> tech = technicianId == null ? Optional.empty() : store.find(EntityTypes.TECHNICIAN, technicianId);
    if (tech.isEmpty()) {
      return refused("technicianId", "refused.technician.unknown");
    }
    // assign, reassign or reschedule: the shared apply function decides, here and on the server
    AssignWorkOrder payload = new AssignWorkOrder(technicianId, scheduledStart, scheduledEnd, blankToNull(comment));
    return record(payload, EntityTypes.WORK_ORDER, workOrderId,
        messages.get("action.AssignWorkOrder", label(wo.get()), text(tech.get().data(), "name")));
  }

  @Override
  public CommandOutcome changeStatus(UUID workOrderId, WorkOrderStatus to, OnHoldReason onHoldReason, String resolution,
      String comment) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return refused("workOrderId", "refused.workOrder.unknown");
    }
    if (to == WorkOrderStatus.ON_HOLD && onHoldReason == null) {
      return refused("onHoldReason", "refused.onHoldReason.required");
    }
    ChangeWorkOrderStatus payload = new ChangeWorkOrderStatus(to, to == WorkOrderStatus.ON_HOLD ? onHoldReason : null,
        blankToNull(resolution), blankToNull(comment));
    return record(payload, EntityTypes.WORK_ORDER, workOrderId, messages.get("action.ChangeWorkOrderStatus",
        label(wo.get()), to == null ? "" : messages.get("status." + to.name())));
  }

  @Override
  public CommandOutcome editWorkOrder(UUID workOrderId, WorkOrderEdit edit) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return refused("workOrderId", "refused.workOrder.unknown");
    }
    if (edit == null || edit.isEmpty()) {
      return refused("", "refused.edit.empty");
    }
    if (edit.problem() != null && edit.problem().isBlank()) {
      return refused("problem", "refused.problem.required");
    }
    // each field carries the value the user saw, so the server can tell a lost edit (per field)
    JsonNode seen = wo.get().data();
    List<FieldEdit> edits = new ArrayList<>();
    addEdit(edits, seen, "type", edit.type());
    addEdit(edits, seen, "priority", edit.priority());
    addEdit(edits, seen, "problem", edit.problem() == null ? null : edit.problem().strip());
    addEdit(edits, seen, "resolution", edit.resolution());
    addEdit(edits, seen, "requiredSkill", edit.requiredSkill());
    addEdit(edits, seen, "contactId", edit.contactId());
    addEdit(edits, seen, "equipmentId", edit.equipmentId());
    addEdit(edits, seen, "scheduledStart", edit.scheduledStart());
    addEdit(edits, seen, "scheduledEnd", edit.scheduledEnd());
    if (edits.isEmpty()) {
      return refused("", "refused.edit.empty");
    }
    return record(new EditWorkOrder(edits), EntityTypes.WORK_ORDER, workOrderId,
        messages.get("action.EditWorkOrder", label(wo.get())));
  }

  private static void addEdit(List<FieldEdit> edits, JsonNode seen, String field, Object to) {
    if (to == null) {
      return;
    }
    JsonNode from = seen.get(field);
    JsonNode value = Json.mapper().valueToTree(to);
    if (!value.equals(from)) {
      edits.add(new FieldEdit(field, from == null || from.isNull() ? null : from, value));
    }
  }

  @Override
  public CommandOutcome addNote(UUID workOrderId, String text, boolean visibleToCustomer) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return refused("workOrderId", "refused.workOrder.unknown");
    }
    AddNote payload = new AddNote(Ids.newId(), text == null ? null : text.strip(), visibleToCustomer);
    return record(payload, EntityTypes.WORK_ORDER, workOrderId, messages.get("action.AddNote", label(wo.get())));
  }

  @Override
  public CommandOutcome addTime(UUID workOrderId, UUID technicianId, TimeEntryKind kind, Instant start, Instant end,
      boolean billable, String comment) {
    Optional<EntityDoc> wo = workOrderDoc(workOrderId);
    if (wo.isEmpty()) {
      return refused("workOrderId", "refused.workOrder.unknown");
    }
    AddTimeEntry payload = new AddTimeEntry(Ids.newId(), technicianId, kind, start, end, billable, blankToNull(comment));
    return record(payload, EntityTypes.WORK_ORDER, workOrderId, messages.get("action.AddTimeEntry", label(wo.get())));
  }

  @Override
  public CommandOutcome record(String mutationType, UUID entityId, Object payload) {
    if (mutationType == null || MutationRegistry.byName(mutationType).isEmpty()) {
      return refused("type", "refused.mutation.type.required");
    }
    JsonNode p = payload instanceof JsonNode n ? n : Json.mapper().valueToTree(payload);
    String entityType = MutationTypes.entityTypeOf(mutationType);
    return record(mutationType, entityType, entityId, p,
        messages.get("action.generic", mutationType, entityId == null ? "" : LocalQueriesLabels.provisional(entityId)));
  }

  private CommandOutcome record(Object payload, String entityType, UUID entityId, String action) {
    return record(payload.getClass().getSimpleName(), entityType, entityId, Json.mapper().valueToTree(payload), action);
  }

  private CommandOutcome record(String type, String entityType, UUID entityId, JsonNode payload, String action) {
    if (queries.user().isEmpty()) {
      return refused("", "refused.signedOut");
    }
    Long baseVersion = entityId == null || entityType == null ? null
        : store.find(entityType, entityId).map(EntityDoc::version).filter(v -> v > 0).orElse(null);
    MutationEnvelope m = new MutationEnvelope(Ids.newId(), type, entityId, baseVersion, deviceId,
        config.clock().instant(), payload);
    LocalStore.RecordOutcome outcome = store.record(m, action);
    if (outcome instanceof LocalStore.RecordOutcome.Refused r) {
      return new CommandOutcome.Refused(r.refusal().code(), r.refusal().field(), r.refusal().message());
    }
    fireData(((LocalStore.RecordOutcome.Recorded) outcome).touched(), DataChange.Cause.LOCAL_COMMAND);
    fireStatus();
    engine.requestSync();
    return new CommandOutcome.Recorded(m.id(), entityId);
  }

  private Optional<EntityDoc> workOrderDoc(UUID id) {
    return id == null ? Optional.empty() : store.find(EntityTypes.WORK_ORDER, id);
  }

  private CommandOutcome.Refused refused(String field, String key) {
    String code = key.endsWith(".unknown") ? "NOT_FOUND" : key.equals("refused.signedOut") ? "SIGNED_OUT" : "INVALID";
    return new CommandOutcome.Refused(code, field, messages.get(key));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String label(EntityDoc wo) {
    String number = text(wo.data(), "number");
    return number != null ? number : LocalQueriesLabels.provisional(wo.id());
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() ? null : v.asText();
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
  public void syncNow() {
    engine.requestSync();
  }

  @Override
  public SyncStatus syncStatus() {
    List<RejectedMutation> rejected = store.rejected().stream().map(LocalReplica::rejection).toList();
    return new SyncStatus(engine.connectivity(), engine.syncing(),
        store.setting(StoreKeys.LAST_SYNC).map(Instant::parse).orElse(null),
        store.pendingCount(), rejected, engine.problem(), engine.nextAttemptAt());
  }

  private static RejectedMutation rejection(StoredMutation m) {
    return new RejectedMutation(m.envelope().id(), m.envelope().type(), m.envelope().entityId(), m.action(),
        m.envelope().recordedAt(), m.code(), m.reason(), m.field());
  }

  @Override
  public Subscription onSyncStatus(SyncStatusListener listener) {
    statusListeners.add(listener);
    return () -> statusListeners.remove(listener);
  }

  @Override
  public void dismissRejection(UUID mutationId) {
    if (store.dismiss(mutationId)) {
      fireStatus();
    }
  }

  @Override
  public CommandOutcome retryRejection(UUID mutationId) {
    Optional<StoredMutation> row = store.outboxEntry(mutationId)
        .filter(m -> m.state() == com.fieldops.replica.store.OutboxState.REJECTED);
    if (row.isEmpty()) {
      return refused("", "refused.rejection.unknown");
    }
    MutationEnvelope old = row.get().envelope();
    String entityType = MutationTypes.entityTypeOf(old.type());
    Long baseVersion = old.entityId() == null || entityType == null ? null
        : store.find(entityType, old.entityId()).map(EntityDoc::version).filter(v -> v > 0).orElse(null);
    MutationEnvelope again = new MutationEnvelope(Ids.newId(), old.type(), old.entityId(), baseVersion, deviceId,
        config.clock().instant(), old.payload());
    LocalStore.RecordOutcome outcome = store.retry(mutationId, again, row.get().action());
    if (outcome instanceof LocalStore.RecordOutcome.Refused r) {
      return new CommandOutcome.Refused(r.refusal().code(), r.refusal().field(), r.refusal().message());
    }
    fireData(((LocalStore.RecordOutcome.Recorded) outcome).touched(), DataChange.Cause.REJECTION);
    fireStatus();
    engine.requestSync();
    return new CommandOutcome.Recorded(again.id(), again.entityId());
  }

  // ---- listeners ----

  @Override
  public Subscription onDataChanged(Set<String> entityTypes, DataChangeListener listener) {
    DataSubscriber s = new DataSubscriber(entityTypes == null ? Set.of() : Set.copyOf(entityTypes), listener);
    dataListeners.add(s);
    return () -> dataListeners.remove(s);
  }

  private void fireData(Touched touched, DataChange.Cause cause) {
    if (touched.isEmpty() || dataListeners.isEmpty()) {
      return;
    }
    DataChange change = new DataChange(touched.types(), touched.ids(), cause);
    for (DataSubscriber s : dataListeners) {
      if (s.types().isEmpty() || s.types().stream().anyMatch(change.entityTypes()::contains)) {
        notify(() -> s.listener().dataChanged(change));
      }
    }
  }

  private void fireStatus() {
    if (statusListeners.isEmpty()) {
      return;
    }
    notify(() -> {
      SyncStatus status = syncStatus(); // built on the notifier thread: never on the engine's or the UI's
      for (SyncStatusListener l : statusListeners) {
        l.syncStatusChanged(status);
      }
    });
  }

  private void notify(Runnable r) {
    try {
      notifier.execute(() -> {
        try {
          r.run();
        } catch (RuntimeException e) {
          LOG.error("A replica listener failed", e);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      // closed: nobody to tell
    }
  }

  @Override
  public void close() {
    engine.close();
    notifier.shutdown();
    try {
      notifier.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    store.close();
  }
}
