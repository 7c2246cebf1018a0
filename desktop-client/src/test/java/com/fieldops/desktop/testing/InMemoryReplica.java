package com.fieldops.desktop.testing;

import com.fieldops.model.technician.Technician;
import com.fieldops.model.user.Role;
import com.fieldops.model.workorder.OnHoldReason;
import com.fieldops.model.workorder.TimeEntryKind;
import com.fieldops.model.workorder.WorkOrderStatus;
import com.fieldops.replica.CommandOutcome;
import com.fieldops.replica.DataChange;
import com.fieldops.replica.DataChangeListener;
import com.fieldops.replica.EntityTypes;
import com.fieldops.replica.NewWorkOrder;
import com.fieldops.replica.RejectedMutation;
import com.fieldops.replica.Replica;
import com.fieldops.replica.ReplicaUser;
import com.fieldops.replica.SignInOutcome;
import com.fieldops.replica.Subscription;
import com.fieldops.replica.SyncStatus;
import com.fieldops.replica.SyncStatusListener;
import com.fieldops.replica.WorkOrderEdit;
import com.fieldops.replica.view.Customer360;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.TechnicianDay;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A replica in memory for view-model tests and the 50k benchmark's UI part: rows in, commands
 * change them and tell the listeners, like the real replica's local view. The end-to-end tests
 * use the real replica against a real server instead.
 */
public final class InMemoryReplica implements Replica {
  private final List<WorkOrderRow> rows = new CopyOnWriteArrayList<>();
  private final List<Technician> technicians = new CopyOnWriteArrayList<>();
  private final List<DataChangeListener> dataListeners = new CopyOnWriteArrayList<>();
  private final List<SyncStatusListener> statusListeners = new CopyOnWriteArrayList<>();
  private final List<String> commands = new CopyOnWriteArrayList<>();
  private volatile SyncStatus status = new SyncStatus(SyncStatus.Connectivity.ONLINE, false, null, 0, List.of(), null, null);
  private volatile SignInOutcome signInOutcome;
  private volatile ReplicaUser user;

  public InMemoryReplica(List<Technician> technicians, List<WorkOrderRow> rows) {
    this.technicians.addAll(technicians);
    this.rows.addAll(rows);
    this.user = new ReplicaUser(UUID.randomUUID(), "dispatcher", "Dana Dispatcher", Role.DISPATCHER, null, "North");
    this.signInOutcome = new SignInOutcome.SignedIn(user);
  }

  public InMemoryReplica failSignIn(String code, String message) {
    this.signInOutcome = new SignInOutcome.Failed(code, message);
    return this;
  }

  public List<String> commands() {
    return commands;
  }

  public void status(SyncStatus s) {
    status = s;
    statusListeners.forEach(l -> l.syncStatusChanged(s));
  }

  public void reject(RejectedMutation r) {
    List<RejectedMutation> list = new ArrayList<>(status.rejected());
    list.add(r);
    status(new SyncStatus(status.connectivity(), false, status.lastSuccessfulSync(), status.pendingCount(), list,
        status.problem(), status.nextAttemptAt()));
  }

  public Optional<WorkOrderRow> row(UUID id) {
    return rows.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private void replace(WorkOrderRow r) {
    rows.replaceAll(x -> x.id().equals(r.id()) ? r : x);
    DataChange change = new DataChange(Set.of(EntityTypes.WORK_ORDER), Set.of(r.id()), DataChange.Cause.LOCAL_COMMAND);
    dataListeners.forEach(l -> l.dataChanged(change));
  }

  @Override
  public List<WorkOrderRow> openWorkOrders() {
    return rows.stream().filter(r -> r.status().isOpen())
        .sorted(Comparator.comparing(WorkOrderRow::slaDue, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
  }

  @Override
  public List<WorkOrderRow> openWorkOrders(int limit) {
    return openWorkOrders().stream().limit(limit).toList();
  }

  @Override
  public List<com.fieldops.replica.view.CompletedWorkOrder> recentlyCompleted(Instant since, int limit) {
    return List.of();
  }

  @Override
  public Optional<WorkOrderDetail> workOrder(UUID workOrderId) {
    return Optional.empty();
  }

  @Override
  public List<CustomerRow> customers(String search) {
    return List.of();
  }

  @Override
  public Optional<Customer360> customer(UUID customerId) {
    return Optional.empty();
  }

  @Override
  public List<TechnicianRow> technicians() {
    return technicians.stream().map(t -> new TechnicianRow(t,
        (int) rows.stream().filter(r -> t.id().equals(r.assigneeId())).count(), false)).toList();
  }

  @Override
  public TechnicianDay technicianDay(UUID technicianId, LocalDate day) {
    Technician t = technicians.stream().filter(x -> x.id().equals(technicianId)).findFirst().orElseThrow();
    ZoneId z = t.timeZone();
    Instant from = day.atStartOfDay(z).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(z).toInstant();
    List<WorkOrderRow> mine = rows.stream().filter(r -> technicianId.equals(r.assigneeId())).toList();
    return new TechnicianDay(t, day, z,
        mine.stream().filter(r -> r.scheduledStart() != null && r.scheduledStart().isBefore(to) && r.scheduledEnd().isAfter(from))
            .sorted(Comparator.comparing(WorkOrderRow::scheduledStart)).toList(),
        mine.stream().filter(r -> r.scheduledStart() == null).toList());
  }

  @Override
  public List<VanStockLine> vanStock(UUID technicianId) {
    return List.of();
  }

  @Override
  public Optional<ReplicaUser> user() {
    return Optional.ofNullable(user);
  }

  @Override
  public CommandOutcome createWorkOrder(NewWorkOrder draft) {
    commands.add("create");
    return new CommandOutcome.Recorded(UUID.randomUUID(), UUID.randomUUID());
  }

  @Override
  public CommandOutcome assign(UUID workOrderId, UUID technicianId, String comment) {
    commands.add("assign " + workOrderId + " " + technicianId);
    WorkOrderRow r = row(workOrderId).orElseThrow();
    Technician t = technicians.stream().filter(x -> x.id().equals(technicianId)).findFirst().orElseThrow();
    replace(new WorkOrderRow(r.id(), r.label(), r.provisional(), r.type(), r.priority(), WorkOrderStatus.ASSIGNED,
        r.summary(), r.customerId(), r.customerName(), r.siteId(), r.siteName(), r.siteCity(), r.siteZone(),
        t.id(), t.name(), r.region(), r.requiredSkill(), r.scheduledStart(), r.scheduledEnd(), r.slaDue(),
        r.createdAt(), r.version(), true, r.sla()));
    return new CommandOutcome.Recorded(UUID.randomUUID(), workOrderId);
  }

  @Override
  public CommandOutcome changeStatus(UUID workOrderId, WorkOrderStatus to, OnHoldReason onHoldReason,
      String resolution, String comment) {
    commands.add("status " + workOrderId + " " + to);
    return new CommandOutcome.Recorded(UUID.randomUUID(), workOrderId);
  }

  @Override
  public CommandOutcome editWorkOrder(UUID workOrderId, WorkOrderEdit e) {
    commands.add("edit " + workOrderId);
    WorkOrderRow r = row(workOrderId).orElseThrow();
    replace(new WorkOrderRow(r.id(), r.label(), r.provisional(), r.type(),
        e.priority() != null ? e.priority() : r.priority(), r.status(),
        r.summary(), r.customerId(), r.customerName(), r.siteId(), r.siteName(), r.siteCity(), r.siteZone(),
        r.assigneeId(), r.assigneeName(), r.region(), r.requiredSkill(),
        e.scheduledStart() != null ? e.scheduledStart() : r.scheduledStart(),
        e.scheduledEnd() != null ? e.scheduledEnd() : r.scheduledEnd(), r.slaDue(),
        r.createdAt(), r.version(), true, r.sla()));
    return new CommandOutcome.Recorded(UUID.randomUUID(), workOrderId);
  }

  @Override
  public CommandOutcome addNote(UUID workOrderId, String text, boolean visibleToCustomer) {
    commands.add("note " + workOrderId);
    return new CommandOutcome.Recorded(UUID.randomUUID(), workOrderId);
  }

  @Override
  public CommandOutcome addTime(UUID workOrderId, UUID technicianId, TimeEntryKind kind, Instant start, Instant end,
      boolean billable, String comment) {
    return new CommandOutcome.Recorded(UUID.randomUUID(), workOrderId);
  }

  @Override
  public CommandOutcome record(String mutationType, UUID entityId, Object payload) {
    return new CommandOutcome.Recorded(UUID.randomUUID(), entityId);
  }

  @Override
  public CompletableFuture<SignInOutcome> signIn(String username, char[] password) {
    return CompletableFuture.completedFuture(signInOutcome);
  }

  @Override
  public CompletableFuture<Void> signOut() {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void start() {
  }

  @Override
  public void syncNow() {
    commands.add("syncNow");
  }

  @Override
  public SyncStatus syncStatus() {
    return status;
  }

  @Override
  public Subscription onSyncStatus(SyncStatusListener listener) {
    statusListeners.add(listener);
    return () -> statusListeners.remove(listener);
  }

  @Override
  public void dismissRejection(UUID mutationId) {
    commands.add("dismiss " + mutationId);
    status(new SyncStatus(status.connectivity(), false, status.lastSuccessfulSync(), status.pendingCount(),
        status.rejected().stream().filter(r -> !r.mutationId().equals(mutationId)).toList(), status.problem(),
        status.nextAttemptAt()));
  }

  @Override
  public CommandOutcome retryRejection(UUID mutationId) {
    commands.add("retry " + mutationId);
    return new CommandOutcome.Recorded(UUID.randomUUID(), mutationId);
  }

  @Override
  public Subscription onDataChanged(Set<String> entityTypes, DataChangeListener listener) {
    dataListeners.add(listener);
    return () -> dataListeners.remove(listener);
  }

  @Override
  public void close() {
  }
}
