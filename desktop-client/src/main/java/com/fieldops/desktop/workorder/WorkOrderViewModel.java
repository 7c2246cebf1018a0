package com.fieldops.desktop.workorder;

import com.fieldops.client.form.FormValues;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.client.countdown.CountdownSource;
import com.fieldops.client.countdown.CountdownText;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.Replica;
import com.fieldops.workorder.replica.WorkOrderEdit;
import com.fieldops.replica.view.TechnicianRow;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.client.history.EditedFields;
import com.fieldops.client.history.EventAuthors;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One work order: its editable fields with a message next to each, its history, SLA clocks,
 * assignee and parts; save, cancel, put on hold with a reason, resume. Field rules are the
 * domain's (Bean Validation on the edited {@link WorkOrder}); this class only parses what a
 * person typed and maps the messages to the fields.
 */
public final class WorkOrderViewModel {
  static final DateTimeFormatter INPUT = FormValues.INPUT;

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final CountdownSource countdowns;
  private final Supplier<Instant> now;

  private final ObjectProperty<WorkOrderDetail> detail = new SimpleObjectProperty<>();
  private final StringProperty heading = new SimpleStringProperty("");
  private final StringProperty statusText = new SimpleStringProperty("");
  private final StringProperty customerText = new SimpleStringProperty("");
  private final StringProperty siteText = new SimpleStringProperty("");
  private final StringProperty equipmentText = new SimpleStringProperty("");
  private java.util.function.Consumer<UUID> onOpenEquipment = id -> { };
  private final StringProperty assigneeText = new SimpleStringProperty("");
  private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>();
  private final ObjectProperty<WorkOrderType> type = new SimpleObjectProperty<>();
  private final StringProperty problem = new SimpleStringProperty("");
  private final StringProperty resolution = new SimpleStringProperty("");
  private final StringProperty requiredSkill = new SimpleStringProperty("");
  private final StringProperty scheduledStart = new SimpleStringProperty("");
  private final StringProperty scheduledEnd = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors(
      List.of("problem", "resolution", "priority", "type", "requiredSkill", "scheduledStart", "scheduledEnd"), message);
  private final StringProperty noteText = new SimpleStringProperty("");
  private final BooleanProperty noteForCustomer = new SimpleBooleanProperty(false);
  private final StringProperty noteMessage = new SimpleStringProperty("");
  private final FieldErrors noteErrors = new FieldErrors(List.of("text"), noteMessage);
  private final BooleanProperty open = new SimpleBooleanProperty(false);
  private final BooleanProperty onHold = new SimpleBooleanProperty(false);
  private final ObservableList<String> history = FXCollections.observableArrayList();
  private final ObservableList<String> parts = FXCollections.observableArrayList();
  private final ObservableList<String> notes = FXCollections.observableArrayList();
  private final ObservableList<MilestoneCountdown> clocks = FXCollections.observableArrayList();
  private final ObservableList<AttachmentLine> attachments = FXCollections.observableArrayList();
  private final StringProperty slaPolicy = new SimpleStringProperty("");
  private final BooleanProperty canHold = new SimpleBooleanProperty(false);
  private final BooleanProperty canResume = new SimpleBooleanProperty(false);
  private final BooleanProperty canCancel = new SimpleBooleanProperty(false);
  /** False for a closed or cancelled job: it is a record, shown read-only (shared rule). */
  private final BooleanProperty editable = new SimpleBooleanProperty(false);

  /** One attachment as the list shows it: name, kind, size and when it was taken, as text. */
  public record AttachmentLine(String name, String kind, String size, String takenAt) {}
  private Map<UUID, String> technicianNames = Map.of();
  /** Who made each history entry, on which device (names as of the last load). */
  private EventAuthors authors;
  /** The signed-in user's role (which status moves to offer), read with the job off the UI thread. */
  private com.fieldops.identity.model.Role role;
  private final LiveRefresh live;
  private final JobSheet sheet;
  /** The job's service reports and customer rating (their own model: more report actions join there). */
  private final com.fieldops.desktop.report.JobReportsViewModel reports;
  private final com.fieldops.desktop.workorder.photo.JobPhotosViewModel photos;

  public WorkOrderViewModel(ConsoleContext ctx, Replica replica, CountdownSource countdowns, Supplier<Instant> now) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.countdowns = countdowns;
    this.now = now;
    // what the technician does on site (status, notes, time, parts, photos) shows while the job is open here
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(EntityTypes.WORK_ORDER, EntityTypes.WORK_ORDER_EVENT,
        EntityTypes.NOTE, EntityTypes.TIME_ENTRY, EntityTypes.PART_USAGE, EntityTypes.ATTACHMENT), this::refresh);
    this.sheet = new JobSheet(ctx, replica, detail);
    this.reports = new com.fieldops.desktop.report.JobReportsViewModel(ctx, replica);
    this.photos = new com.fieldops.desktop.workorder.photo.JobPhotosViewModel(replica, ctx.tasks(), msg,
        this::zone);
  }

  /** The job's required skill level, checklists and costs (follows the job shown). */
  public JobSheet sheet() {
    return sheet;
  }

  public com.fieldops.desktop.report.JobReportsViewModel reports() {
    return reports;
  }

  /** The job's photos (thumbnails, one opened large). */
  public com.fieldops.desktop.workorder.photo.JobPhotosViewModel photos() {
    return photos;
  }

  /** Reloads the job shown, if any; the fields being edited keep what was typed. */
  void refresh() {
    WorkOrderDetail d = detail.get();
    if (d != null) {
      load(d.id());
    }
  }

  public void close() {
    live.close();
    sheet.close();
    reports.close();
    photos.close();
  }

  /** Loads the work order off the UI thread. */
  public void load(UUID id) {
    photos.show(id);
    ctx.tasks().run("load work order", () -> {
      Map<UUID, String> names = new HashMap<>();
      Map<UUID, String> byUser = new HashMap<>();
      for (TechnicianRow t : replica.identity().technicians()) {
        names.put(t.id(), t.name());
        if (t.technician().userId() != null) {
          byUser.put(t.technician().userId(), t.name());
        }
      }
      var user = replica.identity().user();
      Map<UUID, String> office = user.filter(u -> u.technicianId() == null && u.displayName() != null)
          .map(u -> Map.of(u.userId(), u.displayName())).orElse(Map.of());
      return new Loaded(replica.workOrders().workOrder(id).orElse(null), names,
          user.map(com.fieldops.replica.store.ReplicaUser::role).orElse(null), new EventAuthors(msg, byUser, office));
    }, loaded -> {
      technicianNames = loaded.names();
      role = loaded.role();
      authors = loaded.authors();
      show(loaded.detail());
    }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private record Loaded(WorkOrderDetail detail, Map<UUID, String> names, com.fieldops.identity.model.Role role,
      EventAuthors authors) {}

  void show(WorkOrderDetail d) {
    WorkOrderDetail before = detail.get();
    boolean sameJob = before != null && d != null && before.id().equals(d.id());
    // the same job again (a change arrived, a note was added): what the dispatcher has typed stays
    FormValues shownBefore = sameJob ? FormValues.of(before.workOrder(), zone()) : null;
    FormValues typed = sameJob ? typed() : null;
    if (!sameJob) {
      // a note half written belongs to the job it was written on
      noteText.set("");
      noteForCustomer.set(false);
      noteErrors.clear();
      errors.clearFields();
    }
    detail.set(d);
    reports.load(d == null ? null : d.id(), d == null ? null : d.row().siteZone());
    if (d == null) {
      heading.set("");
      open.set(false);
      editable.set(false);
      return;
    }
    WorkOrder w = d.workOrder();
    ZoneId zone = zone();
    heading.set(msg.text("workorder.title", d.row().label()));
    statusText.set(msg.text("status." + w.status().name())
        + (w.onHoldReason() == null ? "" : " · " + msg.text("hold." + w.onHoldReason().name())));
    customerText.set(d.customer() == null ? nz(d.row().customerName()) : d.customer().name());
    siteText.set(d.site() == null ? nz(d.row().siteName()) : d.site().name());
    equipmentText.set(d.equipment() == null ? "" : nz(d.equipment().manufacturer()) + " " + nz(d.equipment().model())
        + "  ·  " + nz(d.equipment().serialNumber()));
    assigneeText.set(w.assigneeId() == null ? msg.text("dispatch.unassigned")
        : technicianNames.getOrDefault(w.assigneeId(), nz(d.row().assigneeName())));
    FormValues fresh = FormValues.of(w, zone);
    // one pass, and only fields whose value changes: the field being typed in keeps its caret
    enter(shownBefore == null ? fresh : typed.keepingEdits(shownBefore, fresh));
    open.set(w.status().isOpen());
    editable.set(com.fieldops.workorder.workflow.WorkOrderWorkflow.isEditable(w.status()));
    onHold.set(w.status() == WorkOrderStatus.ON_HOLD);
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale()).withZone(zone);
    Map<UUID, String> noteTexts = new HashMap<>();
    d.notes().forEach(n -> noteTexts.put(n.id(), n.text()));
    EventAuthors by = authors != null ? authors : new EventAuthors(msg, Map.of(), Map.of());
    history.setAll(d.history().stream().map(e -> msg.text("history.line", when.format(e.occurredAt()), by.byline(e),
        describe(e, noteTexts)) + (d.isPending(e.id()) ? "  (" + msg.text("workorder.pendingChange") + ")" : ""))
        .toList());
    parts.setAll(d.partsUsed().stream().map(p -> {
      com.fieldops.stock.model.Part part = d.parts().get(p.partId());
      String line = part == null ? p.quantity() + " × " + msg.text("workorder.part.unknown", p.partId())
          : msg.text("workorder.part.line", p.quantity(), part.unit(), part.name(), part.sku());
      return line + (p.serialNumber() == null ? "" : " · S/N " + p.serialNumber());
    }).toList());
    attachments.setAll(d.attachments().stream().map(a -> new AttachmentLine(a.fileName(),
        msg.text("attachment." + a.kind().name()), size(a.sizeBytes()),
        a.takenAt() == null ? "" : when.format(a.takenAt()))).toList());
    // without a policy the clocks row already says "No SLA"
    slaPolicy.set(d.row().sla() == null ? "" : msg.text("workorder.sla.policy", d.row().sla().policyName()));
    java.util.Set<WorkOrderStatus> targets = role == null ? java.util.Set.of()
        : com.fieldops.workorder.workflow.WorkOrderWorkflow.allowedTargets(role, w.status());
    canHold.set(targets.contains(WorkOrderStatus.ON_HOLD));
    canResume.set(w.status() == WorkOrderStatus.ON_HOLD && targets.contains(WorkOrderStatus.ON_SITE));
    canCancel.set(targets.contains(WorkOrderStatus.CANCELLED));
    // when (and for whom, and whether sent yet) on a line of its own, then the note as written
    notes.setAll(d.notes().stream().map(n -> when.format(n.createdAt())
        + (n.visibleToCustomer() ? "  ·  " + msg.text("workorder.note.customerSees") : "")
        + (d.isPending(n.id()) ? "  ·  " + msg.text("workorder.pendingChange") : "") + "\n" + n.text()).toList());
    clocks.setAll(countdowns.countdowns(d.row()));
    if (shownBefore != null) {
      List<String> overtaken = typed.overtakenEdits(shownBefore, fresh);
      if (!overtaken.isEmpty()) {
        message.set(msg.text("workorder.changedMeanwhile", String.join(", ",
            overtaken.stream().map(f -> msg.text(FormValues.LABEL_KEYS.get(f))).toList())));
      }
    }
  }

  private FormValues typed() {
    Map<String, Object> v = new HashMap<>();
    v.put("priority", priority.get());
    v.put("type", type.get());
    v.put("problem", nz(problem.get()));
    v.put("requiredSkill", nz(requiredSkill.get()));
    v.put("scheduledStart", nz(scheduledStart.get()));
    v.put("scheduledEnd", nz(scheduledEnd.get()));
    v.put("resolution", nz(resolution.get()));
    return new FormValues(v);
  }

  private void enter(FormValues f) {
    setIfChanged(priority, (Priority) f.values().get("priority"));
    setIfChanged(type, (WorkOrderType) f.values().get("type"));
    setIfChanged(problem, (String) f.values().get("problem"));
    setIfChanged(requiredSkill, (String) f.values().get("requiredSkill"));
    setIfChanged(scheduledStart, (String) f.values().get("scheduledStart"));
    setIfChanged(scheduledEnd, (String) f.values().get("scheduledEnd"));
    setIfChanged(resolution, (String) f.values().get("resolution"));
  }

  private static <T> void setIfChanged(javafx.beans.property.Property<T> property, T value) {
    if (!Objects.equals(property.getValue(), value)) {
      property.setValue(value);
    }
  }

  /** How much of a note its history line quotes. */
  static final int NOTE_QUOTE_CHARS = 60;

  /** The beginning of {@code text} on one line, with "…" where it was cut. */
  static String abbreviated(String text, int max) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1).stripTrailing() + "…";
  }

  /** The site's zone: times are entered and shown as on site. */
  public ZoneId zone() {
    WorkOrderDetail d = detail.get();
    return d != null && d.row().siteZone() != null ? d.row().siteZone() : ctx.clock().getZone();
  }

  /** A history line; a note's line quotes the note's beginning ({@code noteTexts} by note id). */
  String describe(WorkOrderEvent e, Map<UUID, String> noteTexts) {
    if (e instanceof WorkOrderEvent.Created c) {
      return msg.text("history.CREATED", msg.text("type." + c.type().name()), c.priority().name());
    } else if (e instanceof WorkOrderEvent.StatusChanged s) {
      return msg.text("history.STATUS_CHANGED", s.from() == null ? "" : msg.text("status." + s.from().name()),
          msg.text("status." + s.to().name()))
          + (s.onHoldReason() == null ? "" : " · " + msg.text("hold." + s.onHoldReason().name()))
          + (s.comment() == null ? "" : " · " + s.comment())
          + (s.position() == null ? "" : " · " + msg.text("history.position", s.position().latitude(),
              s.position().longitude()));
    } else if (e instanceof WorkOrderEvent.Assigned a) {
      return msg.text("history.ASSIGNED", a.assigneeId() == null ? msg.text("dispatch.unassigned")
          : technicianNames.getOrDefault(a.assigneeId(), a.assigneeId().toString()));
    } else if (e instanceof WorkOrderEvent.PriorityChanged p) {
      return msg.text("history.PRIORITY_CHANGED", p.from(), p.to());
    } else if (e instanceof WorkOrderEvent.NoteAdded n) {
      String text = noteTexts.get(n.noteId());
      return text == null ? msg.text("history.NOTE_ADDED")
          : msg.text("history.NOTE_ADDED_TEXT", abbreviated(text, NOTE_QUOTE_CHARS));
    } else if (e instanceof WorkOrderEvent.FieldEdited f) {
      return msg.text("history.FIELD_EDITED", EditedFields.label(msg, f.field()),
          EditedFields.value(msg, f.field(), f.oldValue(), zone()), EditedFields.value(msg, f.field(), f.newValue(), zone()));
    } else if (e instanceof WorkOrderEvent.NumberAssigned n) {
      return msg.text("history.NUMBER_ASSIGNED", n.number());
    } else if (e instanceof WorkOrderEvent.EscalationFired f) {
      return msg.text("history.ESCALATION_FIRED", f.milestone(), f.level(), f.action());
    } else if (e instanceof WorkOrderEvent.EscalationWithdrawn w) {
      return msg.text("history.ESCALATION_WITHDRAWN", nz(w.reason()));
    }
    return e.getClass().getSimpleName();
  }

  /** Checks and records the changed fields; each problem goes next to its field, nothing is recorded then. */
  public boolean save() {
    WorkOrderDetail d = detail.get();
    if (d == null) {
      return false;
    }
    errors.clear();
    Instant start = parse(scheduledStart.get(), "scheduledStart");
    Instant end = parse(scheduledEnd.get(), "scheduledEnd");
    if (errors.has("scheduledStart") || errors.has("scheduledEnd")) {
      return false;
    }
    WorkOrder w = d.workOrder();
    String skill = requiredSkill.get() == null || requiredSkill.get().isBlank() ? null : requiredSkill.get().trim();
    WorkOrder edited = new WorkOrder(w.id(), w.number(), w.customerId(), w.siteId(), w.contactId(), w.equipmentId(),
        type.get(), priority.get(), w.status(), w.onHoldReason(), w.assigneeId(), skill, w.region(), start, end,
        problem.get(), blankToNull(resolution.get()), w.createdAt(), w.createdBy());
    List<Violation> violations = Validators.validate(edited, ctx.locale());
    errors.show(violations);
    if (!violations.isEmpty()) {
      return false;
    }
    WorkOrderEdit edit = new WorkOrderEdit(
        changed(w.type(), edited.type()), changed(w.priority(), edited.priority()),
        changed(w.problem(), edited.problem()), changed(w.resolution(), edited.resolution()),
        changed(w.requiredSkill(), edited.requiredSkill()), null, null,
        changed(w.scheduledStart(), start), changed(w.scheduledEnd(), end));
    ctx.tasks().run("save work order", () -> replica.workOrders().editWorkOrder(w.id(), edit), this::outcome,
        e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
    return true;
  }

  /**
   * Records a note on the job, e.g. what the customer said on the phone (finished jobs take notes
   * too). The domain's refusal (an empty or too long note) goes next to the note field.
   */
  public void addNote() {
    if (detail.get() == null) {
      return;
    }
    noteErrors.clear();
    UUID id = id();
    String text = noteText.get();
    boolean forCustomer = noteForCustomer.get();
    ctx.tasks().run("add note", () -> replica.workOrders().addNote(id, text, forCustomer), o -> {
      if (o instanceof CommandOutcome.Refused r) {
        noteErrors.show(r);
      } else {
        noteText.set("");
        noteForCustomer.set(false);
        noteMessage.set(msg.text("workorder.note.added"));
        load(id);
      }
    }, e -> noteMessage.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  public StringProperty noteTextProperty() {
    return noteText;
  }

  public BooleanProperty noteForCustomerProperty() {
    return noteForCustomer;
  }

  public StringProperty noteErrorProperty() {
    return noteErrors.of("text");
  }

  public StringProperty noteMessageProperty() {
    return noteMessage;
  }

  public void cancelJob() {
    command(() -> replica.workOrders().changeStatus(id(), WorkOrderStatus.CANCELLED, null));
  }

  /** Puts the job on hold; a reason is required (the message says so, nothing is recorded without one). */
  public void putOnHold(OnHoldReason reason) {
    if (reason == null) {
      message.set(msg.text("workorder.hold.noReason"));
      return;
    }
    command(() -> replica.workOrders().changeStatus(id(), WorkOrderStatus.ON_HOLD, reason));
  }

  public void resume() {
    command(() -> replica.workOrders().changeStatus(id(), WorkOrderStatus.ON_SITE, null));
  }

  private UUID id() {
    return detail.get().id();
  }

  private void command(Supplier<CommandOutcome> c) {
    if (detail.get() == null) {
      return;
    }
    ctx.tasks().run("work order command", c::get, this::outcome,
        e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private void outcome(CommandOutcome o) {
    if (o instanceof CommandOutcome.Refused r) {
      errors.show(r);
    } else {
      message.set(msg.text("workorder.saved"));
      load(id());
    }
  }

  private Instant parse(String text, String field) {
    return errors.dateTime(text, field, INPUT, zone(), msg.text("workorder.field.schedule.invalid"));
  }

  /** "2.3 MB", "840 KB": the size of a file as a person reads it. */
  String size(long bytes) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(msg.locale());
    f.setMaximumFractionDigits(1);
    if (bytes >= 1024 * 1024) {
      return f.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
    return f.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
  }

  private static <T> T changed(T before, T after) {
    return Objects.equals(before, after) ? null : after;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public StringProperty error(String field) {
    return errors.of(field);
  }

  public CountdownText countdownText() {
    return new CountdownText(msg);
  }

  public Instant now() {
    return now.get();
  }

  public ObjectProperty<WorkOrderDetail> detailProperty() {
    return detail;
  }

  public StringProperty headingProperty() {
    return heading;
  }

  public StringProperty statusTextProperty() {
    return statusText;
  }

  public StringProperty customerTextProperty() {
    return customerText;
  }

  /** "Maker model · serial" of the machine the job names; "" when it names none. */
  public StringProperty equipmentTextProperty() {
    return equipmentText;
  }

  /** Where "open the machine" goes (the equipment screen). */
  public void setOnOpenEquipment(java.util.function.Consumer<UUID> action) {
    this.onOpenEquipment = action == null ? id -> { } : action;
  }

  /** Opens the machine the job shown names, if any. */
  public void openEquipment() {
    WorkOrderDetail d = detail.get();
    if (d != null && d.workOrder().equipmentId() != null) {
      onOpenEquipment.accept(d.workOrder().equipmentId());
    }
  }

  public StringProperty siteTextProperty() {
    return siteText;
  }

  public StringProperty assigneeTextProperty() {
    return assigneeText;
  }

  public ObjectProperty<Priority> priorityProperty() {
    return priority;
  }

  public ObjectProperty<WorkOrderType> typeProperty() {
    return type;
  }

  public StringProperty problemProperty() {
    return problem;
  }

  public StringProperty resolutionProperty() {
    return resolution;
  }

  public StringProperty requiredSkillProperty() {
    return requiredSkill;
  }

  public StringProperty scheduledStartProperty() {
    return scheduledStart;
  }

  public StringProperty scheduledEndProperty() {
    return scheduledEnd;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty editableProperty() {
    return editable;
  }

  public BooleanProperty openProperty() {
    return open;
  }

  public BooleanProperty onHoldProperty() {
    return onHold;
  }

  public ObservableList<String> history() {
    return history;
  }

  public ObservableList<String> parts() {
    return parts;
  }

  public ObservableList<String> notes() {
    return notes;
  }

  public ObservableList<MilestoneCountdown> clocks() {
    return clocks;
  }

  public ObservableList<AttachmentLine> attachments() {
    return attachments;
  }

  public StringProperty slaPolicyProperty() {
    return slaPolicy;
  }

  /** Whether the signed-in role may put this job on hold now (the workflow's table decides). */
  public BooleanProperty canHoldProperty() {
    return canHold;
  }

  public BooleanProperty canResumeProperty() {
    return canResume;
  }

  public BooleanProperty canCancelProperty() {
    return canCancel;
  }

  public Messages messages() {
    return msg;
  }
}
