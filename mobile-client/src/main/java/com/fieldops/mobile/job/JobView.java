package com.fieldops.mobile.job;

import com.fieldops.client.countdown.CountdownSource;
import com.fieldops.client.countdown.CountdownText;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.client.text.Messages;
import com.fieldops.client.visit.FieldStep;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.Contact;
import com.fieldops.mobile.ui.Ui;
import com.fieldops.replica.RejectedMutation;
import com.fieldops.replica.view.EquipmentHistoryRow;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The job: status steps as big buttons on top (what the technician does next), then what they need on
 * site (customer, site, machine, problem), then what they record (notes, time, parts).
 */
public final class JobView extends VBox {
  private final JobViewModel vm;
  private final Messages msg;
  private final CountdownText countdownText;
  private final VBox header = new VBox(6);
  private final VBox rejections = new VBox(8);
  private final VBox steps = new VBox(8);
  private final VBox holdForm = new VBox(8);
  private final VBox completeForm = new VBox(8);
  private final VBox info = new VBox(8);
  private final VBox notes = new VBox(4);
  private final VBox times = new VBox(4);
  private final VBox parts = new VBox(4);
  private final VBox checklist = new VBox(8);
  private final Button sign;
  private Consumer<UUID> requestParts = id -> { };

  public JobView(JobViewModel vm, Messages msg, Runnable back, Consumer<UUID> openSignature) {
    this.vm = vm;
    this.msg = msg;
    this.countdownText = new CountdownText(msg);
    setId("jobView");
    getStyleClass().add("screen");
    Button backButton = Ui.button(msg.text("common.back"), "mdi2a-arrow-left", back);
    backButton.setId("back");
    steps.setId("steps");
    rejections.setId("rejections");
    buildHoldForm();
    buildCompleteForm();
    sign = Ui.bigButton(msg.text("job.sign"), "mdi2d-draw", () -> openSignature.accept(vm.id()));
    sign.setId("openSignature");
    VBox body = new VBox(10, header, rejections, steps, Ui.fieldMessage(vm.messageProperty(JobViewModel.Slot.STEP)),
        holdForm, completeForm, sign, com.fieldops.mobile.report.JobReportView.forJob(vm.report(), msg,
        vm.detailProperty()), Ui.note(vm.infoProperty(), "info"), info,
        section(msg.text("job.checklist")), checklist,
        section(msg.text("job.notes")), notes, noteForm(),
        section(msg.text("job.time")), times, timeForm(),
        section(msg.text("job.parts")), parts, partForm(), requestPartsButton(),
        section(msg.text("job.photos")), new com.fieldops.mobile.photo.JobPhotosView(vm.photos(), msg));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setId("jobScroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(backButton, scroll);
    // a refusal about a checklist item brings that item into view: the thumb is on Complete, far above it
    vm.checklistMessageItemProperty().addListener((o, a, item) -> {
      if (item != null) {
        javafx.application.Platform.runLater(() -> reveal(scroll, body, "#checklistItem-" + item));
      }
    });
    // a job signed once cannot be signed again: the button goes once the report exists
    vm.report().stateProperty().addListener((o, a, st) -> showSign());
    vm.detailProperty().addListener((o, a, d) -> show());
    vm.equipmentProperty().addListener((o, a, d) -> show());
    vm.history().addListener((ListChangeListener<EquipmentHistoryRow>) c -> show());
    vm.steps().addListener((ListChangeListener<FieldStep>) c -> showSteps());
    vm.rejections().addListener((ListChangeListener<RejectedMutation>) c -> showRejections());
    vm.checklists().addListener((ListChangeListener<Checklist>) c -> showChecklist());
    checklist.setId("checklist");
    show();
    showChecklist();
    showSteps();
    showRejections();
  }

  /** One visit to the machine: when, which job, what was done, then what was found and fitted. */
  private VBox historyRow(EquipmentHistoryRow r, DateTimeFormatter date) {
    VBox box = new VBox(2);
    box.getStyleClass().add("list-line");
    String head = date.format(r.occurredAt()) + (r.workOrderLabel() == null ? "" : " · " + r.workOrderLabel())
        + " · " + nz(r.summary());
    box.getChildren().add(Ui.text(head));
    java.util.List<String> flags = new java.util.ArrayList<>();
    if (r.failureCode() != null) {
      flags.add(msg.text("job.history.failureCode", r.failureCode()));
    }
    if (Boolean.FALSE.equals(r.firstTimeFix())) {
      flags.add(msg.text("job.history.notFirstTime"));
    }
    if (r.followUpNeeded()) {
      flags.add(msg.text("job.history.followUp"));
    }
    if (!flags.isEmpty()) {
      box.getChildren().add(Ui.text(String.join(" · ", flags), "muted"));
    }
    for (EquipmentHistoryRow.PartLine p : r.parts()) {
      String part = msg.text("job.history.part", p.quantity(), nz(p.sku()), nz(p.name()))
          + (p.serialNumber() == null ? "" : " · " + msg.text("job.history.serial", p.serialNumber()));
      box.getChildren().add(Ui.text(part, "muted"));
    }
    return box;
  }

  /** Scrolls so the node sits a little below the top of the viewport. */
  private static void reveal(ScrollPane scroll, VBox body, String selector) {
    javafx.scene.Node n = body.lookup(selector);
    if (n == null) {
      return;
    }
    body.applyCss();
    body.layout();
    double y = body.sceneToLocal(n.localToScene(0, 0)).getY();
    double room = body.getHeight() - scroll.getViewportBounds().getHeight();
    if (room > 0) {
      scroll.setVvalue(Math.max(0, Math.min(1, (y - 80) / room)));
    }
  }

  private static Label section(String title) {
    return Ui.text(title, "section-title");
  }

  /** Signing follows completion, once: not before, and not again once the report is signed. */
  private void showSign() {
    WorkOrderDetail d = vm.detailProperty().get();
    sign.setVisible(d != null && d.workOrder().status() == WorkOrderStatus.COMPLETED
        && vm.report().stateProperty().get() == com.fieldops.report.model.ReportState.WAITING_FOR_SIGNATURE);
    sign.setManaged(sign.isVisible());
  }

  private void show() {
    WorkOrderDetail d = vm.detailProperty().get();
    header.getChildren().clear();
    info.getChildren().clear();
    notes.getChildren().clear();
    times.getChildren().clear();
    parts.getChildren().clear();
    if (d == null) {
      header.getChildren().add(Ui.text(msg.text("job.notFound"), "muted"));
      sign.setVisible(false);
      return;
    }
    ZoneId zone = d.row().siteZone() == null ? ZoneId.systemDefault() : d.row().siteZone();
    Label status = Ui.text(msg.text("status." + d.workOrder().status().name()), "chip", "status");
    status.setId("jobStatus");
    Label priority = Ui.text(msg.text("priority." + d.workOrder().priority().name()), "chip",
        d.workOrder().priority().name().toLowerCase());
    header.getChildren().addAll(Ui.text(d.row().label(), "title"), new FlowPane(8, 6, priority, status));
    if (!d.pendingIds().isEmpty()) {
      header.getChildren().add(Ui.text(msg.text("job.pending"), "pending-note"));
    }
    FlowPane badges = new FlowPane(10, 4);
    java.time.Instant now = vm.clock().instant();
    for (MilestoneCountdown m : CountdownSource.fromSummary(d.row().sla())) {
      badges.getChildren().add(Ui.text(countdownText.badge(m, now), "badge", m.stateAt(now).name().toLowerCase()));
    }
    header.getChildren().add(badges);
    showSign();

    // customer and contact
    info.getChildren().add(section(msg.text("job.customer")));
    info.getChildren().add(Ui.text(d.customer() == null ? d.row().customerName() : d.customer().name(), "card-title"));
    Contact c = d.contact();
    if (c != null) {
      info.getChildren().add(Ui.text(c.name() + (c.jobTitle() == null ? "" : " · " + c.jobTitle())));
    }
    Button call = Ui.button(msg.text("job.call"), "mdi2p-phone", vm::call);
    call.setId("call");
    Button mail = Ui.button(msg.text("job.mail"), "mdi2e-email-outline", vm::mail);
    mail.setId("mail");
    call.setDisable((c == null || c.phone() == null) && (d.customer() == null || d.customer().phone() == null));
    mail.setDisable((c == null || c.email() == null) && (d.customer() == null || d.customer().email() == null));
    info.getChildren().add(new HBox(8, call, mail));

    // site
    info.getChildren().add(section(msg.text("job.site")));
    if (d.site() != null) {
      Address a = d.site().address();
      info.getChildren().add(Ui.text(d.site().name(), "card-title"));
      if (a != null) {
        info.getChildren().add(Ui.text(join(a.street(), join(a.postalCode(), a.city(), " "), ", ")));
      }
      if (d.site().accessNotes() != null && !d.site().accessNotes().isBlank()) {
        info.getChildren().add(Ui.text(msg.text("job.accessNotes", d.site().accessNotes())));
      }
    }
    String local = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(msg.locale())
        .format(ZonedDateTime.now(vm.clock()).withZoneSameInstant(zone)) + " (" + zone.getId() + ")";
    Label localTime = Ui.text(msg.text("job.localTime", local), "muted");
    localTime.setId("siteLocalTime");
    info.getChildren().add(localTime);

    // machine and its history
    info.getChildren().add(section(msg.text("job.machine")));
    if (d.equipment() == null) {
      info.getChildren().add(Ui.text(msg.text("job.machine.none"), "muted"));
    } else {
      var e = d.equipment();
      info.getChildren().add(Ui.text(msg.text("job.machine.line", nz(e.manufacturer()), nz(e.model()), nz(e.serialNumber()))));
      var rows = vm.history();
      if (rows.isEmpty()) {
        info.getChildren().add(Ui.text(msg.text("job.history.none"), "muted"));
      } else {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale()).withZone(zone);
        VBox lines = new VBox(2);
        lines.setId("machineHistory");
        for (EquipmentHistoryRow r : rows.subList(0, Math.min(5, rows.size()))) { // newest first: the last visits
          lines.getChildren().add(historyRow(r, date));
        }
        info.getChildren().add(lines);
      }
    }

    // problem
    info.getChildren().add(section(msg.text("job.problem")));
    info.getChildren().add(Ui.text(nz(d.workOrder().problem())));

    DateTimeFormatter stamp = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale()).withZone(zone);
    for (Note n : d.notes()) {
      Label l = Ui.text(stamp.format(n.createdAt()) + " · " + n.text(), "list-line");
      notes.getChildren().add(l);
      if (d.isPending(n.id())) {
        notes.getChildren().add(Ui.text(msg.text("job.pending"), "pending-note"));
      }
    }
    for (TimeEntry t : d.timeEntries()) {
      times.getChildren().add(Ui.text(msg.text("job.time.line", msg.text("job.time.kind." + t.kind().name()),
          com.fieldops.client.countdown.DurationText.format(Duration.between(t.start(), t.end()), msg.locale())), "list-line"));
    }
    for (PartUsage u : d.partsUsed()) {
      var p = d.parts().get(u.partId());
      parts.getChildren().add(Ui.text(msg.text("job.parts.line", u.quantity(),
          p == null ? u.partId().toString() : p.sku() + " " + p.name()), "list-line"));
    }
  }

  /**
   * Each item a big tap target; one that asks for a reading or remark has its field beside it; a
   * required item is marked, and a refusal (a reading that is no number, completion with it open)
   * shows right under the item it is about.
   */
  private void showChecklist() {
    checklist.getChildren().clear();
    if (vm.checklists().isEmpty()) {
      checklist.getChildren().add(Ui.text(msg.text("job.checklist.none"), "muted"));
      return;
    }
    for (Checklist list : vm.checklists()) {
      checklist.getChildren().add(Ui.text(list.title(), "card-title"));
      for (ChecklistItem item : list.items()) {
        checklist.getChildren().add(checklistItem(list, item));
      }
    }
  }

  private VBox checklistItem(Checklist list, ChecklistItem item) {
    TextField answer = new TextField(item.answer() == null ? "" : item.answer());
    answer.setId("answer-" + item.id());
    boolean asks = item.answerKind() != ChecklistAnswerKind.NONE;
    answer.setVisible(asks);
    answer.setManaged(asks);
    if (item.answerKind() == ChecklistAnswerKind.VALUE) {
      answer.setPromptText(msg.text("job.checklist.value", item.unit() == null ? "" : item.unit()));
      answer.setPrefColumnCount(6);
    } else {
      answer.setPromptText(msg.text("job.checklist.note"));
    }
    String text = item.text() + (item.required() ? " " + msg.text("job.checklist.required") : "");
    Button tick = Ui.button(text, item.done() ? "mdi2c-checkbox-marked" : "mdi2c-checkbox-blank-outline",
        () -> vm.tick(list, item, !item.done(), answer.getText()));
    tick.setId("item-" + item.id());
    tick.setMaxWidth(Double.MAX_VALUE);
    tick.setWrapText(true);
    tick.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    tick.getStyleClass().add("checklist-item");
    if (item.done()) {
      tick.getStyleClass().add("done");
    }
    if (item.required()) {
      tick.getStyleClass().add("required");
    }
    Label message = Ui.fieldMessage(javafx.beans.binding.Bindings.createStringBinding(
        () -> item.id().equals(vm.checklistMessageItemProperty().get())
            ? vm.messageProperty(JobViewModel.Slot.CHECKLIST).get() : "",
        vm.checklistMessageItemProperty(), vm.messageProperty(JobViewModel.Slot.CHECKLIST)));
    message.setId("itemMessage-" + item.id());
    HBox.setHgrow(tick, Priority.ALWAYS);
    VBox box = new VBox(4, asks ? new VBox(4, tick, answer) : tick, message);
    box.setId("checklistItem-" + item.id());
    return box;
  }

  private void showSteps() {
    steps.getChildren().clear();
    holdForm.setVisible(false);
    completeForm.setVisible(false);
    for (FieldStep step : vm.steps()) {
      Button b = Ui.bigButton(msg.text(step.messageKey()), icon(step), () -> {
        // one form at a time: with both open there were two "Complete"-sized buttons under the thumb
        if (step == FieldStep.HOLD) {
          holdForm.setVisible(!holdForm.isVisible());
          completeForm.setVisible(false);
        } else if (step == FieldStep.COMPLETE) {
          completeForm.setVisible(!completeForm.isVisible());
          holdForm.setVisible(false);
        } else {
          vm.step(step);
        }
      });
      b.setId("step-" + step.name());
      if (step == FieldStep.HOLD) {
        b.getStyleClass().add("secondary");
      }
      steps.getChildren().add(b);
    }
  }

  private void showRejections() {
    rejections.getChildren().clear();
    for (RejectedMutation r : vm.rejections()) {
      Button retry = Ui.button(msg.text("job.rejected.retry"), "mdi2r-refresh", () -> vm.retry(r.mutationId()));
      retry.setId("retry-" + r.mutationId());
      Button discard = Ui.button(msg.text("job.rejected.discard"), "mdi2d-delete-outline", () -> vm.discard(r.mutationId()));
      discard.setId("discard-" + r.mutationId());
      Label text = Ui.text(msg.text("job.rejected", r.action(), r.reason()), "field-message");
      VBox box = new VBox(8, text, new HBox(8, retry, discard));
      box.getStyleClass().add("rejection");
      box.setId("rejection-" + r.mutationId());
      rejections.getChildren().add(box);
    }
  }

  private void buildHoldForm() {
    holdForm.setId("holdForm");
    ComboBox<OnHoldReason> reason = new ComboBox<>();
    reason.setId("holdReason");
    reason.getItems().setAll(OnHoldReason.values());
    reason.setMaxWidth(Double.MAX_VALUE);
    reason.setConverter(converter(r -> msg.text("hold." + r.name())));
    reason.valueProperty().bindBidirectional(vm.holdReasonProperty());
    TextField note = new TextField();
    note.setId("holdNote");
    note.setPromptText(msg.text("job.hold.note"));
    note.textProperty().bindBidirectional(vm.holdNoteProperty());
    Button ok = Ui.bigButton(msg.text("step.HOLD"), "mdi2p-pause", vm::hold);
    ok.setId("confirmHold");
    holdForm.getChildren().addAll(Ui.text(msg.text("job.hold.reason")), reason,
        Ui.fieldMessage(vm.messageProperty(JobViewModel.Slot.HOLD)), note, ok);
    holdForm.managedProperty().bind(holdForm.visibleProperty());
    holdForm.setVisible(false);
  }

  private void buildCompleteForm() {
    completeForm.setId("completeForm");
    TextArea resolution = new TextArea();
    resolution.setId("resolution");
    resolution.setWrapText(true);
    resolution.setPrefRowCount(3);
    resolution.textProperty().bindBidirectional(vm.resolutionProperty());
    // yes / no as two big toggles: a single check box is too small for a gloved thumb
    javafx.scene.control.ToggleGroup fixGroup = new javafx.scene.control.ToggleGroup();
    javafx.scene.control.ToggleButton fixedYes = new javafx.scene.control.ToggleButton(msg.text("job.firstTimeFix.yes"));
    fixedYes.setId("firstTimeFixYes");
    javafx.scene.control.ToggleButton fixedNo = new javafx.scene.control.ToggleButton(msg.text("job.firstTimeFix.no"));
    fixedNo.setId("firstTimeFixNo");
    fixedYes.setToggleGroup(fixGroup);
    fixedNo.setToggleGroup(fixGroup);
    fixedYes.setSelected(vm.firstTimeFixProperty().get());
    fixedNo.setSelected(!vm.firstTimeFixProperty().get());
    fixGroup.selectedToggleProperty().addListener((o, a, b) -> {
      if (b == null) {
        a.setSelected(true); // one of the two is always chosen
      } else {
        vm.firstTimeFixProperty().set(b == fixedYes);
      }
    });
    vm.firstTimeFixProperty().addListener((o, a, b) -> (b ? fixedYes : fixedNo).setSelected(true));
    HBox fixRow = new HBox(8, fixedYes, fixedNo);
    for (javafx.scene.control.ToggleButton t : java.util.List.of(fixedYes, fixedNo)) {
      t.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(t, Priority.ALWAYS);
    }
    javafx.scene.control.ToggleButton followUp = new javafx.scene.control.ToggleButton(msg.text("job.followUp"));
    followUp.setId("followUpNeeded");
    followUp.setMaxWidth(Double.MAX_VALUE);
    followUp.selectedProperty().bindBidirectional(vm.followUpNeededProperty());
    TextField failureCode = new TextField();
    failureCode.setId("failureCode");
    failureCode.setPromptText(msg.text("job.failureCode.prompt"));
    failureCode.textProperty().bindBidirectional(vm.failureCodeProperty());
    Button ok = Ui.bigButton(msg.text("step.COMPLETE"), "mdi2c-check-bold", vm::complete);
    ok.setId("confirmComplete");
    completeForm.getChildren().addAll(Ui.text(msg.text("job.resolution")), resolution,
        Ui.fieldMessage(vm.messageProperty(JobViewModel.Slot.RESOLUTION)),
        Ui.text(msg.text("job.firstTimeFix")), fixRow, followUp,
        Ui.text(msg.text("job.failureCode")), failureCode,
        Ui.fieldMessage(vm.messageProperty(JobViewModel.Slot.FAILURE_CODE)),
        Ui.fieldMessage(javafx.beans.binding.Bindings.createStringBinding(
            () -> vm.messageProperty(JobViewModel.Slot.CHECKLIST).get().isEmpty() || vm.checklistMessageItemProperty().get() == null
                ? "" : msg.text("job.checklist.openBelow"),
            vm.messageProperty(JobViewModel.Slot.CHECKLIST), vm.checklistMessageItemProperty())), ok);
    completeForm.managedProperty().bind(completeForm.visibleProperty());
    completeForm.setVisible(false);
  }

  private VBox noteForm() {
    TextArea text = new TextArea();
    text.setId("noteText");
    text.setWrapText(true);
    text.setPrefRowCount(2);
    text.setPromptText(msg.text("job.note.prompt"));
    text.textProperty().bindBidirectional(vm.noteTextProperty());
    Button add = Ui.button(msg.text("job.note.add"), "mdi2n-note-plus-outline", vm::addNote);
    add.setId("addNote");
    return new VBox(6, text, Ui.fieldMessage(vm.messageProperty(JobViewModel.Slot.NOTE)), add);
  }

  private VBox timeForm() {
    TextField minutes = new TextField();
    minutes.setId("minutes");
    minutes.setPromptText(msg.text("job.time.minutes"));
    minutes.setPrefColumnCount(5);
    minutes.textProperty().bindBidirectional(vm.minutesProperty());
    ComboBox<TimeEntryKind> kind = new ComboBox<>();
    kind.setId("timeKind");
    kind.getItems().setAll(TimeEntryKind.values());
    kind.setConverter(converter(k -> msg.text("job.time.kind." + k.name())));
    kind.valueProperty().bindBidirectional(vm.timeKindProperty());
    Button add = Ui.button(msg.text("job.time.add"), "mdi2c-clock-plus-outline", vm::addTime);
    add.setId("addTime");
    HBox row = new HBox(8, minutes, kind);
    return new VBox(6, row, Ui.fieldMessage(vm.messageProperty(JobViewModel.Slot.TIME)), add);
  }

  private VBox partForm() {
    TextField search = new TextField();
    search.setId("partSearch");
    search.setPromptText(msg.text("job.parts.search"));
    search.textProperty().bindBidirectional(vm.partSearchProperty());
    // the van's parts that match, each a big row to tap: easier with gloves than a drop-down
    VBox choices = new VBox(6);
    choices.setId("partChoices");
    Runnable showChoices = () -> {
      choices.getChildren().clear();
      String text = vm.partSearchProperty().get();
      if (text == null || text.isBlank()) {
        return;
      }
      for (VanPart p : vm.vanParts().subList(0, Math.min(6, vm.vanParts().size()))) {
        Button b = Ui.button(p.part().sku() + " " + p.part().name() + " · " + msg.text("job.parts.van", p.onHand())
            + (p.needsCount() ? " · " + msg.text("van.needsCount") : ""), null, () -> vm.partProperty().set(p));
        b.setId("part-" + p.part().sku());
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        b.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        choices.getChildren().add(b);
      }
    };
    vm.vanParts().addListener((ListChangeListener<VanPart>) c -> showChoices.run());
    vm.partSearchProperty().addListener((o, a, b) -> showChoices.run());
    Label pick = Ui.bound(javafx.beans.binding.Bindings.createStringBinding(() -> vm.partProperty().get() == null
        ? msg.text("job.parts.pick") : vm.partProperty().get().part().sku() + " " + vm.partProperty().get().part().name(),
        vm.partProperty()), "card-title");
    pick.setId("partPicked");
    TextField qty = new TextField();
    qty.setId("partQuantity");
    qty.setPrefColumnCount(3);
    qty.textProperty().bindBidirectional(vm.partQuantityProperty());
    TextField serial = new TextField();
    serial.setId("partSerial");
    serial.setPromptText(msg.text("job.parts.serial"));
    serial.textProperty().bindBidirectional(vm.partSerialProperty());
    serial.visibleProperty().bind(vm.partProperty().isNotNull()
        .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.partProperty().get() != null
            && vm.partProperty().get().part().serialized(), vm.partProperty())));
    serial.managedProperty().bind(serial.visibleProperty());
    Button use = Ui.button(msg.text("job.parts.use"), "mdi2p-package-variant-closed", vm::usePart);
    use.setId("usePart");
    HBox row = new HBox(8, Ui.text(msg.text("job.parts.quantity")), qty, use);
    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    // scanning a label: the big button first, its message right under it
    Button scan = Ui.button(msg.text("job.scan"), "mdi2b-barcode-scan", vm::scanPart);
    scan.setId("scanPart");
    scan.setMaxWidth(Double.MAX_VALUE);
    Label scanMessage = Ui.fieldMessage(vm.messageProperty(JobViewModel.Slot.SCAN));
    scanMessage.setId("scanMessage");
    Label scanHint = Ui.note(vm.scanHintProperty(), "info");
    scanHint.setId("scanHint");
    Label partMessage = Ui.fieldMessage(vm.messageProperty(JobViewModel.Slot.PART));
    partMessage.setId("partMessage");
    return new VBox(6, scan, scanMessage, scanHint, search, choices, pick, serial, row, partMessage, quantityQuestion());
  }

  /** The question before an implausible quantity is recorded: record anyway, or go back and correct it. */
  private VBox quantityQuestion() {
    Label question = Ui.bound(vm.quantityQuestionProperty(), "field-message");
    question.setId("quantityQuestionText");
    question.setWrapText(true);
    // full-width, one above the other: both answers readable in either language, each a thumb's target
    Button yes = Ui.bigButton(msg.text("job.parts.confirm.yes"), "mdi2c-check", vm::confirmQuantity);
    yes.setId("confirmQuantity");
    Button no = Ui.bigButton(msg.text("job.parts.confirm.no"), "mdi2p-pencil", vm::cancelQuantity);
    no.setId("cancelQuantity");
    no.getStyleClass().add("secondary");
    VBox box = new VBox(8, question, no, yes);
    box.setId("quantityQuestion");
    box.getStyleClass().add("rejection");
    box.visibleProperty().bind(vm.quantityQuestionProperty().isNotEmpty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  /** Parts the van lacks for this job: the van screen with a request for the job. */
  public void onRequestParts(Consumer<UUID> open) {
    requestParts = open;
  }

  private Button requestPartsButton() {
    Button b = Ui.button(msg.text("job.parts.request"), "mdi2c-cart-arrow-down", () -> requestParts.accept(vm.id()));
    b.setId("requestPartsForJob");
    b.setMaxWidth(Double.MAX_VALUE);
    return b;
  }

  private static String icon(FieldStep step) {
    return switch (step) {
      case ACCEPT -> "mdi2c-check";
      case START_TRAVEL -> "mdi2c-car";
      case ARRIVE -> "mdi2m-map-marker-check";
      case HOLD -> "mdi2p-pause";
      case RESUME -> "mdi2p-play";
      case COMPLETE -> "mdi2c-check-all";
    };
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return t == null ? "" : f.apply(t);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String join(String a, String b, String sep) {
    if (a == null || a.isBlank()) {
      return b == null ? "" : b;
    }
    return b == null || b.isBlank() ? a : a + sep + b;
  }
}
