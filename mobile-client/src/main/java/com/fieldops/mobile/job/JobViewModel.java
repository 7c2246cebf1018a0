package com.fieldops.mobile.job;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.client.visit.FieldStep;
import com.fieldops.client.visit.FieldSteps;
import com.fieldops.common.Ids;
import com.fieldops.identity.model.Technician;
import com.fieldops.mobile.device.DeviceServices;
import com.fieldops.common.GeoPoint;
import com.fieldops.mobile.signin.PhoneSession;
import com.fieldops.replica.RejectedMutation;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.EquipmentHistoryRow;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.mobile.parts.BarcodeReader;
import com.fieldops.stock.model.ConsumptionPlausibility;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.replica.StockOnHand;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.workflow.TransitionCheck;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job on the phone: what the technician needs on site, and every action of the visit. Each action
 * is checked at the moment of the tap with the shared rules (the workflow, then the replica's
 * command, which runs the server's validation on the local view) and its message appears next to the
 * thing it is about; a refused action records nothing. A recorded action carries the device time
 * (the replica stamps it), so offline work counts when it happened.
 */
public final class JobViewModel implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobViewModel.class);

  private final PhoneSession session;
  private final Replica replica;
  private final TaskRunner tasks;
  private final Messages msg;
  private final Clock clock;
  private final DeviceServices device;
  private final UUID id;
  private final ReadOnlyObjectWrapper<WorkOrderDetail> detail = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<EquipmentView> equipment = new ReadOnlyObjectWrapper<>();
  private final ObservableList<EquipmentHistoryRow> history = FXCollections.observableArrayList();
  private final ObservableList<FieldStep> steps = FXCollections.observableArrayList();
  private final ObservableList<RejectedMutation> rejections = FXCollections.observableArrayList();
  private final ObservableList<VanPart> vanParts = FXCollections.observableArrayList();
  private final StringProperty noteText = new SimpleStringProperty("");
  private final StringProperty minutes = new SimpleStringProperty("");
  private final ObjectProperty<TimeEntryKind> timeKind = new SimpleObjectProperty<>(TimeEntryKind.LABOUR);
  private final StringProperty partSearch = new SimpleStringProperty("");
  private final ObjectProperty<VanPart> part = new SimpleObjectProperty<>();
  private final StringProperty partQuantity = new SimpleStringProperty("1");
  private final StringProperty partSerial = new SimpleStringProperty("");
  private final ObjectProperty<OnHoldReason> holdReason = new SimpleObjectProperty<>();
  private final StringProperty holdNote = new SimpleStringProperty("");
  private final StringProperty resolution = new SimpleStringProperty("");
  /** The completion form's details, sent with CompleteWorkOrder into the machine's history. */
  private final BooleanProperty firstTimeFix = new SimpleBooleanProperty(true);
  private final BooleanProperty followUpNeeded = new SimpleBooleanProperty(false);
  private final StringProperty failureCode = new SimpleStringProperty("");
  private final ObservableList<Checklist> checklists = FXCollections.observableArrayList();
  /** The checklist item a message is about (a reading that is not a number, a required item still open). */
  private final ReadOnlyObjectWrapper<UUID> checklistMessageItem = new ReadOnlyObjectWrapper<>();
  private final Map<String, ReadOnlyStringWrapper> messages = new LinkedHashMap<>();
  private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
  private final LiveRefresh live;
  private final com.fieldops.replica.Subscription statusSub;
  private final com.fieldops.mobile.photo.JobPhotosViewModel photos;
  private List<VanPart> allVanParts = List.of();
  /** The technician's van, where parts used come from (also a scanned part the van shows none of). */
  private volatile UUID vanLocation;
  /** The question asked before recording an implausible quantity; empty when none is open. */
  private final ReadOnlyStringWrapper quantityQuestion = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper scanHint = new ReadOnlyStringWrapper("");
  private final BarcodeReader barcodes = new BarcodeReader();

  private final com.fieldops.mobile.report.JobReportViewModel report;

  /** Where a message can appear: next to these. */
  public enum Slot { STEP, NOTE, TIME, PART, HOLD, RESOLUTION, FAILURE_CODE, CHECKLIST, SCAN }

  public JobViewModel(PhoneSession session, UUID workOrderId, TaskRunner tasks, Messages msg, Clock clock,
      DeviceServices device) {
    this.session = session;
    this.replica = session.replica();
    this.tasks = tasks;
    this.msg = msg;
    this.clock = clock;
    this.device = device;
    this.id = workOrderId;
    this.report = new com.fieldops.mobile.report.JobReportViewModel(replica, workOrderId, tasks, msg,
        device.storage().privateDirectory());
    for (Slot s : Slot.values()) {
      messages.put(s.name(), new ReadOnlyStringWrapper(""));
    }
    partSearch.addListener((o, a, b) -> filterParts());
    live = new LiveRefresh(replica, tasks, Set.of(), this::refresh);
    photos = new com.fieldops.mobile.photo.JobPhotosViewModel(replica, workOrderId, tasks, msg, device.camera(), clock);
    statusSub = replica.onSyncStatus(s -> tasks.onUi(() -> {
      List<RejectedMutation> mine = s.rejected().stream().filter(r -> id.equals(r.entityId())).toList();
      if (!rejections.equals(mine)) {
        rejections.setAll(mine); // redraw only on a real change: Retry / Discard stay under the thumb
      }
    }));
    rejections.setAll(replica.syncStatus().rejected().stream().filter(r -> id.equals(r.entityId())).toList());
  }

  public UUID id() {
    return id;
  }

  /** The job's service report (state, open the PDF) and the customer's rating. */
  public com.fieldops.mobile.report.JobReportViewModel report() {
    return report;
  }

  /** The job's photo section. */
  public com.fieldops.mobile.photo.JobPhotosViewModel photos() {
    return photos;
  }

  public void refresh() {
    report.refresh();
    tasks.run("load job", this::load, loaded -> {
      if (!java.util.Objects.equals(detail.get(), loaded.detail().orElse(null))) {
        detail.set(loaded.detail().orElse(null));
      }
      if (!java.util.Objects.equals(equipment.get(), loaded.equipment().orElse(null))) {
        equipment.set(loaded.equipment().orElse(null));
      }
      List<FieldStep> now = loaded.detail().map(d -> FieldSteps.available(technicianId(), d.workOrder())).orElse(List.of());
      if (!steps.equals(now)) {
        steps.setAll(now); // only a real change redraws the buttons: one under the thumb stays put
      }
      if (loaded.detail().map(d -> d.pendingIds().isEmpty()).orElse(true)
          && msg.text("job.recorded.pending").equals(info.get())) {
        info.set(""); // the server has it now
      }
      allVanParts = loaded.van();
      filterParts();
      if (!history.equals(loaded.history())) {
        history.setAll(loaded.history());
      }
      if (!checklists.equals(loaded.checklists())) {
        checklists.setAll(loaded.checklists()); // redraw only on a real change, as the steps
      }
    }, e -> info.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private record Loaded(Optional<WorkOrderDetail> detail, Optional<EquipmentView> equipment, List<VanPart> van,
      List<Checklist> checklists, List<EquipmentHistoryRow> history) {}

  private Loaded load() {
    Optional<WorkOrderDetail> d = replica.workOrders().workOrder(id);
    Optional<EquipmentView> eq = d.map(x -> x.workOrder().equipmentId()).flatMap(e -> replica.equipment().equipment(e));
    List<EquipmentHistoryRow> rows = d.map(x -> x.workOrder().equipmentId())
        .map(e -> replica.equipment().history(e)).orElse(List.of());
    return new Loaded(d, eq, loadVanParts(), replica.workOrders().checklists(id), rows);
  }

  /** The van's parts: the ledger's on-hand where the phone holds movements, the last stock levels otherwise. */
  private List<VanPart> loadVanParts() {
    UUID tech = technicianId();
    if (tech == null) {
      return List.of();
    }
    Map<UUID, VanPart> out = new LinkedHashMap<>();
    Technician t = replica.identity().technicianDay(tech, LocalDate.now(clock)).technician();
    UUID van = t == null ? null : t.vanStockLocationId();
    vanLocation = van;
    for (VanStockLine l : replica.stock().vanStock(tech)) {
      if (l.part() != null && van != null) {
        out.put(l.part().id(), new VanPart(l.part(), van, l.onHand(), l.onHand() < 0));
      }
    }
    for (StockOnHand h : replica.stock().vanOnHand(tech)) {
      if (h.part() != null) {
        out.put(h.partId(), new VanPart(h.part(), h.locationId(), h.onHand(), h.needsCount()));
      }
    }
    return List.copyOf(out.values());
  }

  private void filterParts() {
    vanParts.setAll(allVanParts.stream().filter(p -> p.matches(partSearch.get())).limit(50).toList());
  }

  private UUID technicianId() {
    return session.technicianId() != null ? session.technicianId()
        : replica.identity().user().map(u -> u.technicianId()).orElse(null);
  }

  // ---- actions ----

  /** A plain move: accept, start travel, arrive, resume. Hold and complete have their own forms. */
  public boolean step(FieldStep step) {
    clearMessages();
    WorkOrderDetail d = detail.get();
    if (d == null) {
      return fail(Slot.STEP, msg.text("job.notFound"));
    }
    TransitionCheck check = FieldSteps.check(technicianId(), d.workOrder(), step);
    if (check instanceof TransitionCheck.Refused refused) {
      return fail(Slot.STEP, refused.message(msg.locale()));
    }
    GeoPoint position = null;
    if (step.recordsPosition()) {
      // where the phone was, as data on the history entry (the shared validation refuses absurd coordinates)
      position = device.position().current().map(f -> new GeoPoint(f.latitude(), f.longitude())).orElse(null);
    }
    CommandOutcome outcome = replica.workOrders().changeStatus(id, step.to(), null, null, null, position);
    LOG.info("event=job.step step={} workOrder={} withPosition={} outcome={}", step, id, position != null,
        outcome.getClass().getSimpleName());
    return done(outcome, Slot.STEP);
  }

  public boolean hold() {
    clearMessages();
    if (holdReason.get() == null) {
      return fail(Slot.HOLD, msg.text("job.hold.reason.required"));
    }
    if (!allowed(FieldStep.HOLD, Slot.HOLD)) {
      return false;
    }
    boolean ok = done(replica.workOrders().changeStatus(id, FieldStep.HOLD.to(), holdReason.get(), null, holdNote.get()),
        Slot.HOLD);
    if (ok) {
      holdNote.set("");
      holdReason.set(null);
    }
    return ok;
  }

  public boolean complete() {
    clearMessages();
    if (resolution.get() == null || resolution.get().isBlank()) {
      return fail(Slot.RESOLUTION, msg.text("job.resolution.required"));
    }
    if (!allowed(FieldStep.COMPLETE, Slot.RESOLUTION)) {
      return false;
    }
    CommandOutcome outcome = replica.workOrders().complete(id, resolution.get(), failureCode.get(), firstTimeFix.get(),
        followUpNeeded.get(), null);
    LOG.info("event=job.complete workOrder={} firstTimeFix={} followUp={} outcome={}", id, firstTimeFix.get(),
        followUpNeeded.get(), outcome.getClass().getSimpleName());
    if (outcome instanceof CommandOutcome.Refused r && "failureCode".equals(r.field())) {
      return fail(Slot.FAILURE_CODE, r.message());
    }
    if (outcome instanceof CommandOutcome.Refused r && r.field() != null && r.field().startsWith("checklist")) {
      // the shared rule refused it for a required item left open: say so next to the item it names
      Optional<ChecklistItem> open = openRequiredItem(r.message());
      if (open.isPresent()) {
        checklistMessageItem.set(open.get().id());
        return fail(Slot.CHECKLIST, r.message());
      }
    }
    return done(outcome, Slot.RESOLUTION);
  }

  /** The open required item the refusal names, else the first one open. */
  private Optional<ChecklistItem> openRequiredItem(String refusal) {
    List<ChecklistItem> open = checklists.stream().flatMap(c -> c.items().stream())
        .filter(i -> i.required() && !i.done()).toList();
    return open.stream().filter(i -> refusal != null && refusal.contains(i.text())).findFirst()
        .or(() -> open.stream().findFirst());
  }

  /**
   * Ticks or unticks an item with what it asks for: a reading (a number in the item's unit) or a remark;
   * a reading that is not a number is refused next to the item before anything is recorded.
   */
  public boolean tick(Checklist list, ChecklistItem item, boolean done, String answer) {
    clearMessages();
    String text = answer == null || answer.isBlank() ? null : answer.strip();
    BigDecimal value = null;
    String note = null;
    if (done && item.answerKind() == ChecklistAnswerKind.VALUE) {
      if (text == null) {
        return failItem(item, msg.text("job.checklist.value.required", item.unit() == null ? "" : item.unit()));
      }
      try {
        value = new BigDecimal(text.replace(',', '.'));
      } catch (NumberFormatException e) {
        return failItem(item, msg.text("job.checklist.value.invalid"));
      }
    } else if (done && item.answerKind() == ChecklistAnswerKind.NOTE) {
      note = text;
    }
    CommandOutcome outcome = replica.workOrders().tickChecklistItem(list.id(), item.id(), done, value, note);
    LOG.info("event=job.checklist.tick workOrder={} checklist={} item={} done={} outcome={}", id, list.id(), item.id(),
        done, outcome.getClass().getSimpleName());
    if (outcome instanceof CommandOutcome.Refused r) {
      return failItem(item, r.message());
    }
    return done(outcome, Slot.CHECKLIST);
  }

  private boolean failItem(ChecklistItem item, String text) {
    checklistMessageItem.set(item.id());
    return fail(Slot.CHECKLIST, text);
  }

  public boolean addNote() {
    clearMessages();
    if (noteText.get() == null || noteText.get().isBlank()) {
      return fail(Slot.NOTE, msg.text("job.note.empty"));
    }
    boolean ok = done(replica.workOrders().addNote(id, noteText.get(), false), Slot.NOTE);
    if (ok) {
      noteText.set("");
    }
    return ok;
  }

  /** Time spent, ending now: the technician says how long, the phone knows when. */
  public boolean addTime() {
    clearMessages();
    int m;
    try {
      m = Integer.parseInt(minutes.get() == null ? "" : minutes.get().strip());
    } catch (NumberFormatException e) {
      m = -1;
    }
    if (m < 1 || m > 720) {
      return fail(Slot.TIME, msg.text("job.time.invalid"));
    }
    Instant end = clock.instant();
    boolean ok = done(replica.workOrders().addTime(id, null, timeKind.get(), end.minus(Duration.ofMinutes(m)), end, true,
        null), Slot.TIME);
    if (ok) {
      minutes.set("");
    }
    return ok;
  }

  public boolean usePart() {
    return usePart(false);
  }

  /**
   * Records the part picked (searched or scanned) with its quantity and serial. A quantity the shared
   * rule finds implausible for one job ({@link ConsumptionPlausibility}) is not recorded but asked
   * about first ({@link #quantityQuestionProperty()}); {@link #confirmQuantity()} records it anyway.
   */
  private boolean usePart(boolean confirmed) {
    clearMessages();
    quantityQuestion.set("");
    VanPart p = part.get();
    if (p == null) {
      return fail(Slot.PART, msg.text("job.parts.pick"));
    }
    int qty;
    try {
      qty = Integer.parseInt(partQuantity.get() == null ? "" : partQuantity.get().strip());
    } catch (NumberFormatException e) {
      qty = 0;
    }
    if (qty < 1) {
      return fail(Slot.PART, msg.text("job.parts.quantity.invalid"));
    }
    String serial = partSerial.get() == null || partSerial.get().isBlank() ? null : partSerial.get().strip();
    if (p.part().serialized() && serial == null) {
      return fail(Slot.PART, msg.text("job.parts.serial.required"));
    }
    Optional<ConsumptionPlausibility.Concern> concern = ConsumptionPlausibility.check(qty, p.onHand());
    if (concern.isPresent() && !confirmed) {
      LOG.info("event=job.part.confirm workOrder={} part={} quantity={} vanOnHand={} concern={}", id, p.part().sku(),
          qty, p.onHand(), concern.get());
      quantityQuestion.set(msg.text("job.parts.confirm." + concern.get().name(), qty, p.part().sku(),
          p.part().name(), Math.max(p.onHand(), 0)));
      return false;
    }
    boolean ok = done(replica.record(id, new ConsumePart(Ids.newId(), p.partId(), p.locationId(), qty, serial)), Slot.PART);
    LOG.info("event=job.part.use workOrder={} part={} quantity={} confirmed={} recorded={}", id, p.part().sku(), qty,
        confirmed, ok);
    if (ok) {
      partQuantity.set("1");
      partSerial.set("");
      part.set(null);
      scanHint.set("");
    }
    return ok;
  }

  /** The technician confirms the quantity asked about: recorded as entered. */
  public boolean confirmQuantity() {
    return !quantityQuestion.get().isEmpty() && usePart(true);
  }

  /** The technician goes back to correct the quantity: nothing recorded. */
  public void cancelQuantity() {
    quantityQuestion.set("");
  }

  /**
   * Scans a part's label: a picture from the camera, its barcode read on the phone, the part found in
   * the catalogue by the SKU it carries and picked for {@link #usePart()} (the van's line when the van
   * holds it). A picture with no barcode, or a barcode of no part, says so next to the scan button and
   * picks nothing. Completes when the scan is shown.
   */
  public java.util.concurrent.CompletableFuture<Void> scanPart() {
    clearMessages();
    scanHint.set("");
    quantityQuestion.set("");
    return device.camera().takePhoto().thenCompose(photo -> {
      if (photo.isEmpty()) {
        return java.util.concurrent.CompletableFuture.completedFuture(null); // cancelled: nothing to say
      }
      return tasks.run("read barcode", () -> lookUp(barcodes.read(photo.get())), this::showScan,
          e -> fail(Slot.SCAN, msg.text("common.error.unexpected", e.getClass().getSimpleName()))).thenApply(x -> null);
    });
  }

  private record Scan(Optional<String> code, Optional<VanPart> part) {}

  private Scan lookUp(Optional<String> code) {
    if (code.isEmpty()) {
      return new Scan(code, Optional.empty());
    }
    Optional<VanPart> found = replica.stock().partBySku(code.get()).map(p -> allVanParts.stream()
        .filter(v -> v.partId().equals(p.id())).findFirst()
        .orElse(new VanPart(p, vanLocation, 0, false)));
    return new Scan(code, found.filter(v -> v.locationId() != null));
  }

  private void showScan(Scan scan) {
    if (scan.code().isEmpty()) {
      fail(Slot.SCAN, msg.text("job.scan.noBarcode"));
      return;
    }
    if (scan.part().isEmpty()) {
      LOG.info("event=job.scan.unknown workOrder={} code={}", id, scan.code().get());
      fail(Slot.SCAN, msg.text("job.scan.unknown", scan.code().get()));
      return;
    }
    VanPart p = scan.part().get();
    LOG.info("event=job.scan.part workOrder={} part={} serialized={}", id, p.part().sku(), p.part().serialized());
    part.set(p);
    partQuantity.set("1");
    partSerial.set("");
    if (p.part().serialized()) {
      // the scan worked: what comes next is a hint, not a refusal
      scanHint.set(msg.text("job.scan.serial", p.part().sku()));
    }
  }

  /** What to do next after a scan that worked (e.g. enter the serial of a serialized part). */
  public ReadOnlyStringProperty scanHintProperty() {
    return scanHint.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty quantityQuestionProperty() {
    return quantityQuestion.getReadOnlyProperty();
  }

  public void retry(UUID mutationId) {
    CommandOutcome outcome = replica.retryRejection(mutationId);
    done(outcome, Slot.STEP);
  }

  public void discard(UUID mutationId) {
    replica.dismissRejection(mutationId);
  }

  public void call() {
    Optional.ofNullable(detail.get()).map(WorkOrderDetail::contact).map(c -> c.phone())
        .or(() -> Optional.ofNullable(detail.get()).map(WorkOrderDetail::customer).map(c -> c.phone()))
        .ifPresent(device.contacting()::call);
  }

  public void mail() {
    Optional.ofNullable(detail.get()).map(WorkOrderDetail::contact).map(c -> c.email())
        .or(() -> Optional.ofNullable(detail.get()).map(WorkOrderDetail::customer).map(c -> c.email()))
        .ifPresent(device.contacting()::mail);
  }

  private boolean allowed(FieldStep step, Slot slot) {
    WorkOrderDetail d = detail.get();
    if (d == null) {
      return fail(slot, msg.text("job.notFound"));
    }
    TransitionCheck check = FieldSteps.check(technicianId(), d.workOrder(), step);
    if (check instanceof TransitionCheck.Refused refused) {
      return fail(slot, refused.message(msg.locale()));
    }
    return true;
  }

  private boolean done(CommandOutcome outcome, Slot slot) {
    if (outcome instanceof CommandOutcome.Refused r) {
      return fail(slot, r.message());
    }
    info.set(msg.text("job.recorded.pending"));
    refresh();
    return true;
  }

  private boolean fail(Slot slot, String text) {
    messages.get(slot.name()).set(text);
    return false;
  }

  private void clearMessages() {
    messages.values().forEach(m -> m.set(""));
    checklistMessageItem.set(null);
    info.set("");
  }

  // ---- properties ----

  public ReadOnlyStringProperty messageProperty(Slot slot) {
    return messages.get(slot.name()).getReadOnlyProperty();
  }

  public ReadOnlyStringProperty infoProperty() {
    return info.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<WorkOrderDetail> detailProperty() {
    return detail.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<EquipmentView> equipmentProperty() {
    return equipment.getReadOnlyProperty();
  }

  public ObservableList<FieldStep> steps() {
    return steps;
  }

  public ObservableList<RejectedMutation> rejections() {
    return rejections;
  }

  public ObservableList<VanPart> vanParts() {
    return vanParts;
  }

  public StringProperty noteTextProperty() {
    return noteText;
  }

  public StringProperty minutesProperty() {
    return minutes;
  }

  public ObjectProperty<TimeEntryKind> timeKindProperty() {
    return timeKind;
  }

  public StringProperty partSearchProperty() {
    return partSearch;
  }

  public ObjectProperty<VanPart> partProperty() {
    return part;
  }

  public StringProperty partQuantityProperty() {
    return partQuantity;
  }

  public StringProperty partSerialProperty() {
    return partSerial;
  }

  public ObjectProperty<OnHoldReason> holdReasonProperty() {
    return holdReason;
  }

  public StringProperty holdNoteProperty() {
    return holdNote;
  }

  public StringProperty resolutionProperty() {
    return resolution;
  }

  public BooleanProperty firstTimeFixProperty() {
    return firstTimeFix;
  }

  public BooleanProperty followUpNeededProperty() {
    return followUpNeeded;
  }

  /** The machine's service history, newest first: each job with its failure code, flags, parts and serials. */
  public ObservableList<EquipmentHistoryRow> history() {
    return history;
  }

  public StringProperty failureCodeProperty() {
    return failureCode;
  }

  /** The job's checklists, items in the template's order, with this phone's pending ticks. */
  public ObservableList<Checklist> checklists() {
    return checklists;
  }

  /** The item the checklist message ({@link Slot#CHECKLIST}) is about, null when none. */
  public ReadOnlyObjectProperty<UUID> checklistMessageItemProperty() {
    return checklistMessageItem.getReadOnlyProperty();
  }

  public Clock clock() {
    return clock;
  }

  @Override
  public void close() {
    live.close();
    statusSub.close();
    photos.close();
  }
}
