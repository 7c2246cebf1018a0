package com.fieldops.desktop.dispatch;

import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.client.dispatch.QueueScope;
import com.fieldops.client.dispatch.AssignmentRequest;
import com.fieldops.client.dispatch.TimelineScale;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.theme.ThemeMode;
import com.fieldops.desktop.ui.Choice;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The dispatch board: queue with filters on the left, technicians' timeline in the centre. Drag a
 * job onto a row, or select it and press A. Builds controls and binds; decisions are the view
 * model's.
 */
public final class DispatchBoardView extends StackPane {
  private final DispatchBoardViewModel vm;
  private final Messages msg;
  private final ListView<QueueItem> list = new ListView<>();
  private final TextField search = new TextField();
  private final SplitPane split;
  private final TimelineView timeline;

  public DispatchBoardView(DispatchBoardViewModel vm, Consumer<UUID> openWorkOrder) {
    this.vm = vm;
    this.msg = vm.messages();
    setId("dispatchBoard");
    Pane overlay = new Pane();
    overlay.setMouseTransparent(true);
    DragController drag = new DragController(overlay, this::dropped, openWorkOrder, msg.locale(), vm.zone());
    timeline = new TimelineView(vm, drag);
    drag.timeline(timeline);

    // ---- queue
    Label title = new Label(msg.text("dispatch.queue.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    Label count = new Label();
    count.setId("queueCount");
    count.getStyleClass().add(Styles.MUTED);
    count.textProperty().bind(Bindings.createStringBinding(vm.queue()::countText,
        vm.queue().shownProperty(), vm.queue().totalProperty()));
    HBox titleRow = new HBox(10, title, count);
    titleRow.setAlignment(Pos.BASELINE_LEFT);

    search.setId("queueSearch");
    search.setPromptText(msg.text("dispatch.search.prompt"));
    search.textProperty().bindBidirectional(vm.queue().searchProperty());
    search.setMaxWidth(Double.MAX_VALUE);

    ComboBox<Choice<QueueScope>> scope = Choice.combo(msg.text("dispatch.filter.scope.atRisk"),
        Arrays.asList(QueueScope.values()), s -> msg.text(s.messageKey()), vm.queue().scopeProperty());
    scope.getItems().remove(0);
    scope.setId("filterScope");
    ComboBox<Choice<Priority>> priority = Choice.combo(msg.text("dispatch.filter.priority") + ": " + msg.text("common.all"),
        Arrays.asList(Priority.values()), p -> msg.text("priority." + p.name()), vm.queue().priorityProperty());
    priority.setId("filterPriority");
    ComboBox<Choice<WorkOrderType>> type = Choice.combo(msg.text("dispatch.filter.type") + ": " + msg.text("common.all"),
        Arrays.asList(WorkOrderType.values()), t -> msg.text("type." + t.name()), vm.queue().typeProperty());
    type.setId("filterType");
    ComboBox<Choice<WorkOrderStatus>> status = Choice.combo(msg.text("dispatch.filter.status") + ": " + msg.text("common.all"),
        Arrays.stream(WorkOrderStatus.values()).filter(WorkOrderStatus::isOpen).toList(),
        s -> msg.text("status." + s.name()), vm.queue().statusProperty());
    status.setId("filterStatus");
    ComboBox<String> region = stringFilter(msg.text("dispatch.filter.region"), vm.queue().regions(), vm.queue().regionProperty());
    region.setId("filterRegion");
    ComboBox<String> skill = stringFilter(msg.text("dispatch.filter.skill"), vm.queue().skills(), vm.queue().skillProperty());
    skill.setId("filterSkill");
    Button clear = new Button(msg.text("dispatch.filter.clear"), new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
    clear.getStyleClass().addAll("flat", "small");
    clear.setOnAction(e -> vm.queue().clearFilters());
    for (ComboBox<?> c : List.of(scope, priority, type, status, region, skill)) {
      c.setMaxWidth(Double.MAX_VALUE);
      c.setPrefWidth(150);
      c.getStyleClass().add("small");
    }
    javafx.scene.layout.GridPane filters = new javafx.scene.layout.GridPane();
    filters.setHgap(6);
    filters.setVgap(6);
    filters.add(scope, 0, 0, 2, 1);
    filters.add(priority, 0, 1);
    filters.add(type, 1, 1);
    filters.add(status, 0, 2);
    filters.add(region, 1, 2);
    filters.add(skill, 0, 3);
    filters.add(clear, 1, 3);
    javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
    half.setPercentWidth(50);
    filters.getColumnConstraints().addAll(half, half);

    list.setId("queueList");
    list.setItems(vm.queue().items());
    list.setCellFactory(l -> {
      QueueCell cell = new QueueCell(msg, vm.nowProperty());
      drag.install(cell, () -> cell.getItem() == null ? null : cell.getItem().row().id(),
          () -> cell.getItem() == null ? "" : cell.getItem().row().label());
      cell.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2 && cell.getItem() != null) {
          openWorkOrder.accept(cell.getItem().row().id());
        }
      });
      return cell;
    });
    Label placeholder = new Label(msg.text("dispatch.queue.empty"));
    placeholder.getStyleClass().add(Styles.MUTED);
    list.setPlaceholder(placeholder);
    list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      vm.queue().selectedProperty().set(b);
      if (b != null) {
        vm.selectedJobProperty().set(b.row().id());
      }
    });
    list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      QueueItem sel = list.getSelectionModel().getSelectedItem();
      if (sel == null) {
        return;
      }
      if (e.getCode() == KeyCode.A && !e.isShortcutDown()) {
        e.consume();
        assignWithKeyboard(sel.row().id());
      } else if (e.getCode() == KeyCode.ENTER) {
        e.consume();
        openWorkOrder.accept(sel.row().id());
      }
    });
    VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
    Label hint = new Label(msg.text("dispatch.assign.hint"));
    hint.getStyleClass().add(Styles.MUTED);
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE);
    hint.setGraphic(new FontIcon(MaterialDesignC.CURSOR_MOVE));
    VBox queuePane = new VBox(8, titleRow, search, filters, list, hint);
    queuePane.setPadding(new Insets(12));
    queuePane.setMinWidth(300);

    // ---- timeline toolbar
    ToggleGroup scaleGroup = new ToggleGroup();
    ToggleButton dayBtn = new ToggleButton(msg.text("dispatch.timeline.day"));
    dayBtn.setId("scaleDay");
    ToggleButton weekBtn = new ToggleButton(msg.text("dispatch.timeline.week"));
    weekBtn.setId("scaleWeek");
    dayBtn.setToggleGroup(scaleGroup);
    weekBtn.setToggleGroup(scaleGroup);
    dayBtn.getStyleClass().add("left-pill");
    weekBtn.getStyleClass().add("right-pill");
    (vm.scaleProperty().get() == TimelineScale.DAY ? dayBtn : weekBtn).setSelected(true);
    vm.scaleProperty().addListener((o, a, b) -> (b == TimelineScale.DAY ? dayBtn : weekBtn).setSelected(true));
    scaleGroup.selectedToggleProperty().addListener((o, a, b) -> {
      if (b == null) {
        a.setSelected(true);
      } else {
        vm.scaleProperty().set(b == dayBtn ? TimelineScale.DAY : TimelineScale.WEEK);
      }
    });
    Button prev = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_LEFT));
    prev.setId("timelinePrevious");
    prev.getStyleClass().add("button-icon");
    prev.setOnAction(e -> vm.previous());
    Button today = new Button(msg.text("dispatch.timeline.today"));
    today.setId("timelineToday");
    today.setOnAction(e -> vm.today());
    Button next = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
    next.setId("timelineNext");
    next.getStyleClass().add("button-icon");
    next.setOnAction(e -> vm.next());
    Label dayLabel = new Label();
    dayLabel.setId("timelineDate");
    dayLabel.getStyleClass().add(Styles.SECTION_TITLE);
    DateTimeFormatter full = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(msg.locale());
    DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
    dayLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.scaleProperty().get() == TimelineScale.DAY
        ? full.format(vm.dayProperty().get())
        : medium.format(vm.firstDay()) + " – " + medium.format(vm.firstDay().plusDays(6)),
        vm.dayProperty(), vm.scaleProperty()));
    Button assign = new Button(msg.text("dispatch.assign"), new FontIcon(MaterialDesignA.ACCOUNT_ARROW_RIGHT_OUTLINE));
    assign.setId("assignButton");
    assign.disableProperty().bind(vm.selectedJobProperty().isNull());
    assign.setOnAction(e -> {
      if (vm.selectedJobProperty().get() != null) {
        assignWithKeyboard(vm.selectedJobProperty().get());
      }
    });
    Region spacer = new Region();
    HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
    // the legend of the one mark that is not a colour of the SLA: planned upkeep
    Label legend = new Label(msg.text("dispatch.legend.preventive"), QueueCell.preventiveMark());
    legend.setId("legendPreventive");
    legend.getStyleClass().addAll(Styles.MUTED, "fo-legend");
    legend.setMinWidth(Region.USE_PREF_SIZE);
    HBox toolbar = new HBox(8, prev, today, next, dayLabel, spacer, legend, assign, new HBox(dayBtn, weekBtn));
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.setPadding(new Insets(12, 12, 8, 12));
    Label message = new Label();
    message.setId("boardMessage");
    message.textProperty().bind(vm.messageProperty());
    message.setGraphic(new FontIcon(MaterialDesignM.MESSAGE_TEXT_OUTLINE));
    message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    message.setPadding(new Insets(0, 12, 6, 12));
    message.setWrapText(true);
    timeline.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.A && vm.selectedJobProperty().get() != null) {
        e.consume();
        assignWithKeyboard(vm.selectedJobProperty().get());
      }
    });
    BorderPane centre = new BorderPane(timeline);
    centre.setTop(new VBox(toolbar, message));

    split = new SplitPane(queuePane, centre);
    split.setDividerPositions(0.3);
    SplitPane.setResizableWithParent(queuePane, false);
    getChildren().addAll(split, overlay);
  }

  public SplitPane split() {
    return split;
  }

  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  private static ComboBox<String> stringFilter(String name, javafx.collections.ObservableList<String> values,
      javafx.beans.property.StringProperty target) {
    ComboBox<String> box = new ComboBox<>();
    box.setPromptText(name);
    javafx.collections.ObservableList<String> items = javafx.collections.FXCollections.observableArrayList();
    Runnable fill = () -> {
      items.setAll("");
      items.addAll(values);
    };
    values.addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
    fill.run();
    box.setItems(items);
    box.setConverter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(String s) {
        return s == null || s.isEmpty() ? name : name + ": " + s;
      }

      @Override
      public String fromString(String s) {
        return s;
      }
    });
    box.valueProperty().addListener((o, a, b) -> target.set(b == null || b.isEmpty() ? null : b));
    target.addListener((o, a, b) -> box.setValue(b));
    box.disableProperty().bind(Bindings.isEmpty(values));
    return box;
  }

  /** A drop: build the request, warn if needed, then commit. */
  private void dropped(UUID jobId, TimelineView.Hit hit) {
    vm.request(jobId, hit.lane().technicianId(), hit.at()).ifPresent(this::confirmAndCommit);
  }

  public void assignWithKeyboard(UUID jobId) {
    vm.job(jobId).ifPresent(job -> {
      LocalDate day = vm.dayProperty().get();
      LocalTime start = job.scheduledStart() != null
          ? job.scheduledStart().atZone(vm.zone()).toLocalTime() : LocalTime.of(9, 0);
      AssignDialogModel model = new AssignDialogModel(msg, job, List.copyOf(vm.lanes()), day, start, vm.zone());
      AssignDialog.ask(getScene().getWindow(), model, msg, ThemeMode.CONSOLE_CSS).ifPresent(this::confirmAndCommit);
      list.requestFocus();
    });
  }

  private void confirmAndCommit(AssignmentRequest req) {
    List<String> warnings = vm.warnings(req);
    if (!warnings.isEmpty()) {
      ButtonType proceed = new ButtonType(msg.text("dispatch.warn.proceed"), ButtonBar.ButtonData.OK_DONE);
      ButtonType cancel = new ButtonType(msg.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
      Alert alert = new Alert(Alert.AlertType.WARNING, "• " + String.join("\n• ", warnings), proceed, cancel);
      alert.initOwner(getScene().getWindow());
      alert.setTitle(msg.text("dispatch.warn.title"));
      alert.setHeaderText(msg.text("dispatch.warn.header", req.workOrderLabel(), req.technicianName()));
      alert.getDialogPane().setId("assignWarnings");
      alert.getDialogPane().getStylesheets().add(ThemeMode.CONSOLE_CSS);
      alert.getDialogPane().lookupButton(proceed).setId("warnProceed");
      alert.getDialogPane().lookupButton(cancel).setId("warnCancel");
      if (alert.showAndWait().orElse(cancel) != proceed) {
        return;
      }
    }
    vm.commit(req, ok -> { });
  }

  ListView<QueueItem> list() {
    return list;
  }
}
