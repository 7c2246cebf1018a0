package com.fieldops.desktop.dispatch;

import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.client.dispatch.AssignmentRequest;
import com.fieldops.client.dispatch.AssignmentWarnings;
import com.fieldops.client.dispatch.BoardData;
import com.fieldops.client.dispatch.TechnicianLane;
import com.fieldops.client.dispatch.TimelineScale;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.client.task.LiveRefresh;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.Replica;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dispatch board: the queue on the left, the technicians' timeline in the centre, and the
 * assignment flow shared by drag-and-drop and the keyboard (check → warn → commit). The only
 * part of the board that calls the replica; everything runs off the UI thread.
 */
public final class DispatchBoardViewModel implements AutoCloseable {
  public static final Duration DEFAULT_JOB_LENGTH = AssignmentRequest.DEFAULT_JOB_LENGTH;
  public static final Duration SNAP = AssignmentRequest.SNAP;

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final BoardData data;
  private final AssignmentWarnings check;
  private final QueueViewModel queue;
  private final ObjectProperty<Instant> now;
  private final ObjectProperty<LocalDate> day;
  private final ObjectProperty<TimelineScale> scale = new SimpleObjectProperty<>(TimelineScale.DAY);
  private final ObservableList<TechnicianLane> lanes = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final ObjectProperty<UUID> selectedJob = new SimpleObjectProperty<>();
  private final LiveRefresh live;
  private boolean reloadAgain;
  private long lastLoadMillis = -1;

  public DispatchBoardViewModel(ConsoleContext ctx, Replica replica, BoardData data, ObjectProperty<Instant> now) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.data = data;
    this.now = now;
    this.check = new AssignmentWarnings(msg);
    this.queue = new QueueViewModel(ctx, now, data::queueItems);
    this.day = new SimpleObjectProperty<>(LocalDate.ofInstant(now.get(), zone()));
    day.addListener((o, a, b) -> reloadLanes());
    scale.addListener((o, a, b) -> reloadLanes());
    live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityTypes.WORK_ORDER, EntityTypes.TECHNICIAN), this::reload);
  }

  public ZoneId zone() {
    return ctx.clock().getZone();
  }

  /** Reloads queue and timeline; coalesces bursts of change notifications into one more reload. */
  public void reload() {
    if (loading.get()) {
      reloadAgain = true;
      return;
    }
    loading.set(true);
    LocalDate from = firstDay();
    int days = scale.get().days();
    long started = System.nanoTime();
    ctx.tasks().run("load dispatch board", () -> new Loaded(data.queueItems(data.openWorkOrders()),
        data.lanes(from, days, zone())), loaded -> {
          queue.setRows(loaded.items());
          lanes.setAll(loaded.lanes());
          lastLoadMillis = (System.nanoTime() - started) / 1_000_000;
          finishLoad();
        }, e -> {
          message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
          finishLoad();
        });
  }

  private void finishLoad() {
    loading.set(false);
    if (reloadAgain) {
      reloadAgain = false;
      reload();
    }
  }

  private record Loaded(List<QueueItem> items, List<TechnicianLane> lanes) {}

  private void reloadLanes() {
    LocalDate from = firstDay();
    int days = scale.get().days();
    ctx.tasks().run("load timeline", () -> data.lanes(from, days, zone()), lanes::setAll,
        e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  /** The first day shown: the day itself, or the Monday of its week. */
  public LocalDate firstDay() {
    LocalDate d = day.get();
    return scale.get() == TimelineScale.DAY ? d : d.minusDays(d.getDayOfWeek().getValue() - 1L);
  }

  public void tick() {
    now.set(ctx.clock().instant());
    queue.tick();
  }

  public void previous() {
    day.set(day.get().minusDays(scale.get().days()));
  }

  public void next() {
    day.set(day.get().plusDays(scale.get().days()));
  }

  public void today() {
    day.set(LocalDate.ofInstant(ctx.clock().instant(), zone()));
  }

  public Optional<TechnicianLane> lane(UUID technicianId) {
    return lanes.stream().filter(l -> l.technicianId().equals(technicianId)).findFirst();
  }

  /** The job's row wherever it is shown (queue or a lane). */
  public Optional<WorkOrderRow> job(UUID workOrderId) {
    QueueItem q = queue.find(workOrderId);
    if (q != null) {
      return Optional.of(q.row());
    }
    return lanes.stream().flatMap(l -> l.jobs().stream()).filter(j -> j.id().equals(workOrderId)).findFirst();
  }

  /** Builds the request for dropping a job at {@code at} on a technician: snapped, keeping its length. */
  public Optional<AssignmentRequest> request(UUID workOrderId, UUID technicianId, Instant at) {
    Optional<WorkOrderRow> job = job(workOrderId);
    Optional<TechnicianLane> lane = lane(technicianId);
    if (job.isEmpty() || lane.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(AssignmentRequest.drop(job.get(), technicianId, lane.get().name(), at));
  }

  public static Instant snap(Instant at) {
    return AssignmentRequest.snap(at);
  }

  /** Warnings to confirm before committing; empty = commit straight away. */
  public List<String> warnings(AssignmentRequest req) {
    TechnicianLane lane = lane(req.technicianId()).orElse(null);
    if (lane == null) {
      return List.of();
    }
    String skill = job(req.workOrderId()).map(WorkOrderRow::requiredSkill).orElse(null);
    Integer level = job(req.workOrderId()).map(WorkOrderRow::requiredSkillLevel).orElse(null);
    return check.warnings(req, lane, skill, level);
  }

  /**
   * Records the gesture as one mutation (technician and window) and reloads. Whether it assigns,
   * reassigns or only reschedules is not decided here: the shared apply function does that.
   */
  public void commit(AssignmentRequest req, Consumer<Boolean> done) {
    ctx.tasks().run("assign " + req.workOrderLabel(),
        () -> replica.workOrders().assign(req.workOrderId(), req.technicianId(), req.start(), req.end(), null), outcome -> {
      if (outcome instanceof CommandOutcome.Refused refused) {
        message.set(msg.text("dispatch.assign.refused", req.workOrderLabel(), refused.message()));
        done.accept(false);
      } else {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(ctx.locale());
        message.set(msg.text("dispatch.assign.done", req.workOrderLabel(), req.technicianName(),
            f.format(req.start().atZone(zone()))));
        reload();
        done.accept(true);
      }
    }, e -> {
      message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
      done.accept(false);
    });
  }

  public QueueViewModel queue() {
    return queue;
  }

  public ObservableList<TechnicianLane> lanes() {
    return lanes;
  }

  public ObjectProperty<LocalDate> dayProperty() {
    return day;
  }

  public ObjectProperty<TimelineScale> scaleProperty() {
    return scale;
  }

  private java.util.function.Consumer<UUID> onEditTechnician = id -> { };

  /** Where "edit this technician" goes (an administrator's form). */
  public void setOnEditTechnician(java.util.function.Consumer<UUID> action) {
    this.onEditTechnician = action == null ? id -> { } : action;
  }

  /** Opens the technician of a lane for editing (administrators; others are told why not). */
  public void editTechnician(UUID technicianId) {
    onEditTechnician.accept(technicianId);
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }

  public ObjectProperty<UUID> selectedJobProperty() {
    return selectedJob;
  }

  public ObjectProperty<Instant> nowProperty() {
    return now;
  }

  public Messages messages() {
    return msg;
  }

  public long lastLoadMillis() {
    return lastLoadMillis;
  }

  @Override
  public void close() {
    live.close();
  }
}
