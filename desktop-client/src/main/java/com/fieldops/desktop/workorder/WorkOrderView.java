package com.fieldops.desktop.workorder;

import com.fieldops.desktop.countdown.Badges;
import com.fieldops.client.countdown.MilestoneCountdown;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.theme.ThemeMode;
import com.fieldops.desktop.ui.FieldRow;
import com.fieldops.desktop.ui.Labels;
import com.fieldops.desktop.ui.TextLists;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The work order form: fields with messages, SLA clocks, history, notes, parts, attachments, actions. */
public final class WorkOrderView extends ScrollPane {

  public WorkOrderView(WorkOrderViewModel vm, ObjectProperty<Instant> now) {
    Messages msg = vm.messages();
    setId("workOrderView");
    setFitToWidth(true);
    Label heading = new Label();
    heading.setId("workOrderHeading");
    heading.getStyleClass().add(Styles.SCREEN_TITLE);
    heading.textProperty().bind(vm.headingProperty());
    Label status = new Label();
    status.setId("workOrderStatus");
    status.textProperty().bind(vm.statusTextProperty());
    status.getStyleClass().add(Styles.MUTED);
    HBox title = new HBox(12, heading, status);
    title.setAlignment(Pos.BASELINE_LEFT);

    FlowPane clocks = new FlowPane(6, 6);
    clocks.setId("workOrderClocks");
    Label policy = new Label();
    policy.setId("workOrderPolicy");
    policy.getStyleClass().add(Styles.MUTED);
    policy.textProperty().bind(vm.slaPolicyProperty());
    Runnable fillClocks = () -> Badges.fill(clocks, vm.clocks(), now.get(), vm.countdownText());
    vm.clocks().addListener((ListChangeListener<MilestoneCountdown>) c -> fillClocks.run());
    now.addListener((o, a, b) -> fillClocks.run());

    ComboBox<Priority> priority = new ComboBox<>();
    priority.setId("woPriority");
    priority.getItems().setAll(Priority.values());
    priority.setConverter(converter(msg, "priority."));
    priority.valueProperty().bindBidirectional(vm.priorityProperty());
    ComboBox<WorkOrderType> type = new ComboBox<>();
    type.setId("woType");
    type.getItems().setAll(WorkOrderType.values());
    type.setConverter(converter(msg, "type."));
    type.valueProperty().bindBidirectional(vm.typeProperty());
    TextArea problem = new TextArea();
    problem.setId("woProblem");
    problem.setPrefRowCount(3);
    problem.setWrapText(true);
    problem.textProperty().bindBidirectional(vm.problemProperty());
    TextArea resolution = new TextArea();
    resolution.setId("woResolution");
    resolution.setPrefRowCount(2);
    resolution.setWrapText(true);
    resolution.textProperty().bindBidirectional(vm.resolutionProperty());
    TextField skill = new TextField();
    skill.setId("woSkill");
    skill.textProperty().bindBidirectional(vm.requiredSkillProperty());
    TextField start = new TextField();
    start.setId("woStart");
    // an example while the field can be filled in; on a read-only job it would read like a date set
    start.promptTextProperty().bind(Bindings.when(vm.editableProperty()).then("2026-03-14 09:30").otherwise(""));
    start.textProperty().bindBidirectional(vm.scheduledStartProperty());
    TextField end = new TextField();
    end.setId("woEnd");
    end.promptTextProperty().bind(Bindings.when(vm.editableProperty()).then("2026-03-14 11:30").otherwise(""));
    end.textProperty().bindBidirectional(vm.scheduledEndProperty());

    GridPane facts = new GridPane();
    facts.setHgap(12);
    facts.setVgap(4);
    addFact(facts, 0, msg.text("workorder.field.customer"), vm.customerTextProperty());
    addFact(facts, 1, msg.text("workorder.field.site"), vm.siteTextProperty());
    addFact(facts, 2, msg.text("workorder.field.assignee"), vm.assigneeTextProperty());
    // the machine the job names: one click to its history, warranty and contract
    javafx.scene.control.Hyperlink machine = new javafx.scene.control.Hyperlink();
    machine.setId("woEquipment");
    machine.textProperty().bind(vm.equipmentTextProperty());
    machine.setGraphic(new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignR.ROBOT_INDUSTRIAL_OUTLINE));
    machine.setStyle("-fx-font-weight: bold; -fx-padding: 0;");
    machine.setOnAction(e -> vm.openEquipment());
    Label machineName = Labels.muted(msg.text("workorder.field.equipment"));
    machineName.visibleProperty().bind(vm.equipmentTextProperty().isNotEmpty());
    machineName.managedProperty().bind(machineName.visibleProperty());
    machine.visibleProperty().bind(machineName.visibleProperty());
    machine.managedProperty().bind(machineName.visibleProperty());
    facts.add(machineName, 0, 3);
    facts.add(machine, 1, 3);

    GridPane form = FieldRow.form(130, Region.USE_COMPUTED_SIZE, 560);
    FieldRow.add(form, 0, msg.text("workorder.field.priority"), priority, vm.error("priority"), "woPriorityError");
    FieldRow.add(form, 1, msg.text("workorder.field.type"), type, vm.error("type"), "woTypeError");
    FieldRow.add(form, 2, msg.text("workorder.field.problem"), problem, vm.error("problem"), "woProblemError");
    FieldRow.add(form, 3, msg.text("dispatch.filter.skill"), skill, vm.error("requiredSkill"), "woSkillError");
    FieldRow.add(form, 4, msg.text("workorder.field.scheduledStart"), start, vm.error("scheduledStart"), "woStartError");
    FieldRow.add(form, 5, msg.text("workorder.field.scheduledEnd"), end, vm.error("scheduledEnd"), "woEndError");
    FieldRow.add(form, 6, msg.text("workorder.field.resolution"), resolution, vm.error("resolution"), "woResolutionError");

    Button save = new Button(msg.text("workorder.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
    save.setId("woSave");
    save.getStyleClass().add("accent");
    save.setDefaultButton(false);
    save.setOnAction(e -> vm.save());
    Button hold = new Button(msg.text("workorder.hold"), new FontIcon(MaterialDesignP.PAUSE_CIRCLE_OUTLINE));
    hold.setId("woHold");
    hold.setOnAction(e -> {
      // no reason is preselected: the dispatcher must say why the job waits (OK stays disabled until then)
      ChoiceDialog<OnHoldReason> d = new ChoiceDialog<>(null, Arrays.asList(OnHoldReason.values()));
      d.getDialogPane().setId("holdDialog");
      d.initOwner(getScene().getWindow());
      d.setTitle(msg.text("workorder.hold.title", vm.headingProperty().get()));
      d.setHeaderText(msg.text("workorder.hold.title", vm.headingProperty().get()));
      d.setContentText(msg.text("workorder.hold.reason"));
      d.getDialogPane().getStylesheets().add(ThemeMode.CONSOLE_CSS);
      ComboBox<?> box = (ComboBox<?>) d.getDialogPane().lookup(".combo-box");
      if (box != null) {
        @SuppressWarnings("unchecked")
        ComboBox<OnHoldReason> reasons = (ComboBox<OnHoldReason>) box;
        reasons.setConverter(converter(msg, "hold."));
        reasons.setId("holdReason");
        // ChoiceDialog selects the first choice when there is no default: start with none
        reasons.getSelectionModel().clearSelection();
        reasons.setValue(null);
        reasons.setPromptText(msg.text("workorder.hold.noReason"));
        javafx.scene.Node ok = d.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.setId("holdConfirm");
        ok.disableProperty().bind(reasons.valueProperty().isNull());
      }
      d.showAndWait().ifPresent(vm::putOnHold);
    });
    hold.visibleProperty().bind(vm.canHoldProperty());
    hold.managedProperty().bind(hold.visibleProperty());
    Button resume = new Button(msg.text("workorder.resume"), new FontIcon(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
    resume.setId("woResume");
    resume.setOnAction(e -> vm.resume());
    resume.visibleProperty().bind(vm.canResumeProperty());
    resume.managedProperty().bind(resume.visibleProperty());
    Button cancel = new Button(msg.text("workorder.cancelJob"), new FontIcon(MaterialDesignC.CANCEL));
    cancel.setId("woCancel");
    cancel.getStyleClass().add("danger");
    cancel.setOnAction(e -> vm.cancelJob());
    cancel.disableProperty().bind(vm.canCancelProperty().not());
    Label message = new Label();
    message.setId("woMessage");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    HBox actions = new HBox(8, save, hold, resume, cancel, message);
    actions.setAlignment(Pos.CENTER_LEFT);
    // buttons keep their words; the message beside them wraps instead
    for (Button b : List.of(save, hold, resume, cancel)) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
    // a closed or cancelled job is a record: its fields are shown, not offered for editing
    form.disableProperty().bind(vm.editableProperty().not());
    save.disableProperty().bind(vm.editableProperty().not());
    Label readOnly = Labels.muted(msg.text("workorder.readOnly"));
    readOnly.setId("woReadOnly");
    readOnly.setWrapText(true);
    readOnly.setGraphic(new FontIcon(MaterialDesignL.LOCK_OUTLINE));
    readOnly.visibleProperty().bind(vm.editableProperty().not());
    readOnly.managedProperty().bind(readOnly.visibleProperty());

    VBox left = new VBox(12, title, clocks, policy, facts, readOnly, form, actions,
        new JobSheetView(vm.sheet(), vm.editableProperty()));
    VBox right = new VBox(8,
        section(msg.text("workorder.history")), list(vm.history(), "woHistory", 200, msg.text("common.none"), null),
        section(msg.text("workorder.notes")),
        // each note: when it was written (muted), then its text
        list(vm.notes(), "woNotes", 160, msg.text("common.none"), Styles.MUTED),
        noteEntry(vm, msg),
        section(msg.text("workorder.parts")), list(vm.parts(), "woParts", 80, msg.text("workorder.noParts"), null),
        section(msg.text("workorder.attachments")), attachments(vm, msg),
        section(msg.text("workorder.photos")), new com.fieldops.desktop.workorder.photo.JobPhotosView(vm.photos(), msg),
        section(msg.text("report.section")), new com.fieldops.desktop.report.JobReportsView(vm.reports()));
    right.setMinWidth(420);
    right.setPrefWidth(480);
    HBox body = new HBox(24, left, right);
    HBox.setHgrow(left, javafx.scene.layout.Priority.ALWAYS);
    body.setPadding(new Insets(16));
    Label empty = Labels.muted(msg.text("workorder.select"));
    empty.setPadding(new Insets(24));
    setContent(empty);
    vm.detailProperty().addListener((o, a, b) -> setContent(b == null ? empty : body));
  }

  /** A note for the job: the text, whether the customer sees it on the report, and its messages. */
  private static VBox noteEntry(WorkOrderViewModel vm, Messages msg) {
    TextArea text = new TextArea();
    text.setId("woNoteText");
    text.setPromptText(msg.text("workorder.note.prompt"));
    text.setPrefRowCount(2);
    text.setWrapText(true);
    text.textProperty().bindBidirectional(vm.noteTextProperty());
    Label error = new Label();
    error.setId("woNoteTextError");
    error.getStyleClass().add(Styles.FIELD_ERROR);
    error.setWrapText(true);
    error.textProperty().bind(vm.noteErrorProperty());
    error.visibleProperty().bind(vm.noteErrorProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    CheckBox forCustomer = new CheckBox(msg.text("workorder.note.forCustomer"));
    forCustomer.setId("woNoteForCustomer");
    forCustomer.setTooltip(new javafx.scene.control.Tooltip(msg.text("workorder.note.forCustomer.tip")));
    forCustomer.selectedProperty().bindBidirectional(vm.noteForCustomerProperty());
    Button add = new Button(msg.text("workorder.note.add"), new FontIcon(MaterialDesignN.NOTE_PLUS_OUTLINE));
    add.setId("woAddNote");
    add.setMinWidth(Region.USE_PREF_SIZE);
    add.setOnAction(e -> vm.addNote());
    Label message = Labels.muted("");
    message.setId("woNoteMessage");
    message.setWrapText(true);
    message.textProperty().bind(vm.noteMessageProperty());
    Region gap = new Region();
    HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
    HBox row = new HBox(8, forCustomer, gap, add);
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(4, text, error, row, message);
  }

  private static <T extends Enum<T>> StringConverter<T> converter(Messages msg, String prefix) {
    return new StringConverter<>() {
      @Override
      public String toString(T v) {
        return v == null ? "" : msg.text(prefix + v.name());
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }

  private static void addFact(GridPane grid, int row, String name, javafx.beans.value.ObservableStringValue value) {
    Label n = Labels.muted(name);
    Label v = new Label();
    v.textProperty().bind(value);
    v.setStyle("-fx-font-weight: bold;");
    grid.add(n, 0, row);
    grid.add(v, 1, row);
  }

  private static javafx.scene.control.TableView<WorkOrderViewModel.AttachmentLine> attachments(WorkOrderViewModel vm,
      Messages msg) {
    javafx.scene.control.TableView<WorkOrderViewModel.AttachmentLine> t = new javafx.scene.control.TableView<>(
        vm.attachments());
    t.setId("woAttachments");
    t.setPlaceholder(Labels.muted(msg.text("workorder.noAttachments")));
    // the file name gives way first: size and time must stay readable
    t.setColumnResizePolicy(javafx.scene.control.TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    t.getColumns().add(column(msg.text("workorder.attachment.name"), WorkOrderViewModel.AttachmentLine::name, 80));
    t.getColumns().add(column(msg.text("workorder.attachment.kind"), WorkOrderViewModel.AttachmentLine::kind, 70));
    t.getColumns().add(column(msg.text("workorder.attachment.size"), WorkOrderViewModel.AttachmentLine::size, 64));
    t.getColumns().add(column(msg.text("workorder.attachment.takenAt"), WorkOrderViewModel.AttachmentLine::takenAt, 130));
    t.setPrefHeight(130);
    return t;
  }

  private static javafx.scene.control.TableColumn<WorkOrderViewModel.AttachmentLine, String> column(String title,
      java.util.function.Function<WorkOrderViewModel.AttachmentLine, String> value, double width) {
    javafx.scene.control.TableColumn<WorkOrderViewModel.AttachmentLine, String> c = new javafx.scene.control.TableColumn<>(title);
    c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(f.getValue())));
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setSortable(false);
    return c;
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.SECTION_TITLE);
    return l;
  }

  private static ListView<String> list(javafx.collections.ObservableList<String> items, String id, double height,
      String empty, String firstStyle) {
    ListView<String> l = TextLists.of(items, height, empty, firstStyle, Integer.MAX_VALUE);
    l.setId(id);
    return l;
  }
}
