package com.fieldops.desktop.admin;

import com.fieldops.desktop.admin.ChecklistTemplateForm.ItemRow;
import com.fieldops.desktop.admin.ChecklistTemplateForm.Target;
import com.fieldops.desktop.admin.ChecklistTemplatesViewModel.TemplateLine;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Labels;
import com.fieldops.desktop.ui.ShownAs;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.WorkOrderType;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The templates on the left; the form of the one being created or edited on the right. */
public final class ChecklistTemplatesView extends SplitPane {
  private final ChecklistTemplatesViewModel vm;
  private final Messages msg;
  private final VBox right = new VBox(10);

  public ChecklistTemplatesView(ChecklistTemplatesViewModel vm) {
    this.vm = vm;
    this.msg = vm.messages();
    setId("checklistTemplatesView");
    Label title = new Label(msg.text("templates.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    Button add = new Button(msg.text("templates.new"), new FontIcon(MaterialDesignP.PLUS));
    add.setId("templateNew");
    add.getStyleClass().add("accent");
    add.setOnAction(e -> vm.newTemplate());
    Button edit = new Button(msg.text("masterdata.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
    edit.setId("templateEdit");
    TableView<TemplateLine> table = new TableView<>(vm.templates());
    table.setId("templatesTable");
    table.setPlaceholder(Labels.muted(msg.text("templates.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column(msg.text("templates.field.title"), TemplateLine::title, 200));
    table.getColumns().add(column(msg.text("templates.column.appliesTo"), TemplateLine::appliesTo, 180));
    table.getColumns().add(column(msg.text("templates.field.region"), TemplateLine::region, 110));
    table.getColumns().add(column(msg.text("templates.column.items"), l -> Integer.toString(l.items()), 60));
    table.getColumns().add(column(msg.text("templates.field.active"), TemplateLine::active, 80));
    edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    edit.setOnAction(e -> {
      TemplateLine l = table.getSelectionModel().getSelectedItem();
      if (l != null) {
        vm.edit(l.template());
      }
    });
    table.setOnMouseClicked(e -> {
      TemplateLine l = table.getSelectionModel().getSelectedItem();
      if (e.getClickCount() == 2 && l != null) {
        vm.edit(l.template());
      }
    });
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox head = new HBox(8, title, grow, edit, add);
    head.setAlignment(Pos.CENTER_LEFT);
    Label hint = new Label(msg.text("templates.hint"), new FontIcon(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE));
    hint.getStyleClass().add(Styles.MUTED);
    hint.setWrapText(true);
    Label message = new Label();
    message.setId("templatesMessage");
    message.getStyleClass().add(Styles.MUTED);
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox left = new VBox(10, head, table, hint, message);
    left.setPadding(new Insets(16));
    right.setPadding(new Insets(16));
    ScrollPane scroll = new ScrollPane(right);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    getItems().addAll(left, scroll);
    setDividerPositions(0.5);
    vm.formProperty().addListener((o, a, f) -> showForm(f));
    showForm(null);
    vm.load();
  }

  private void showForm(ChecklistTemplateForm f) {
    if (f == null) {
      Label none = Labels.muted(msg.text("templates.pick"));
      right.getChildren().setAll(none);
      return;
    }
    Label heading = new Label(msg.text(f.creating() ? "templates.new" : "templates.edit"));
    heading.getStyleClass().add(Styles.SECTION_TITLE);
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(4);
    int row = 0;
    TextField title = new TextField();
    title.setId("template-title");
    title.textProperty().bindBidirectional(f.titleProperty());
    row = field(grid, row, msg.text("templates.field.title"), title, f, "title");

    ComboBox<Target> target = combo("template-target", List.of(Target.values()),
        t -> msg.text("templates.target." + t.name()));
    target.valueProperty().bindBidirectional(f.targetProperty());
    row = field(grid, row, msg.text("templates.field.target"), target, null, null);
    ComboBox<WorkOrderType> type = combo("template-workOrderType", List.of(WorkOrderType.values()), vm::typeText);
    type.valueProperty().bindBidirectional(f.workOrderTypeProperty());
    TextField model = new TextField();
    model.setId("template-equipmentModel");
    model.setPromptText("Carrier 30RB");
    model.textProperty().bindBidirectional(f.equipmentModelProperty());
    int typeRow = row;
    row = field(grid, row, msg.text("templates.field.workOrderType"), type, f, "workOrderType");
    int modelRow = row;
    row = field(grid, row, msg.text("templates.field.equipmentModel"), model, f, "equipmentModel");
    Runnable targetShown = () -> {
      boolean byType = f.targetProperty().get() != Target.EQUIPMENT_MODEL;
      grid.getChildren().stream().filter(n -> {
        Integer r = GridPane.getRowIndex(n);
        return r != null && r == typeRow;
      }).forEach(n -> show(n, byType));
      grid.getChildren().stream().filter(n -> {
        Integer r = GridPane.getRowIndex(n);
        return r != null && r == modelRow;
      }).forEach(n -> show(n, !byType));
    };
    f.targetProperty().addListener((o, a, b) -> targetShown.run());
    targetShown.run();

    ComboBox<String> region = combo("template-region", f.regions(), vm::regionText);
    region.valueProperty().bindBidirectional(f.regionProperty());
    region.setDisable(f.regions().size() <= 1);
    row = field(grid, row, msg.text("templates.field.region"), region, f, "region");
    CheckBox active = new CheckBox(msg.text("templates.field.activeHint"));
    active.setId("template-active");
    active.selectedProperty().bindBidirectional(f.activeProperty());
    row = field(grid, row, msg.text("templates.field.active"), active, null, null);

    Label itemsTitle = new Label(msg.text("templates.items"));
    itemsTitle.getStyleClass().add(Styles.SECTION_TITLE);
    VBox itemRows = new VBox(12);
    itemRows.setId("template-items");
    Runnable drawItems = () -> drawItems(f, itemRows);
    f.items().addListener((javafx.collections.ListChangeListener<ItemRow>) c -> drawItems.run());
    drawItems.run();
    Button addItem = new Button(msg.text("templates.item.add"), new FontIcon(MaterialDesignP.PLUS));
    addItem.setId("template-addItem");
    addItem.setOnAction(e -> f.addItem());
    Label itemsError = error(f, "items");

    Label formMessage = new Label();
    formMessage.setId("template-message");
    formMessage.getStyleClass().add(Styles.FIELD_ERROR);
    formMessage.setWrapText(true);
    formMessage.textProperty().bind(f.messageProperty());
    Button save = new Button(msg.text("common.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
    save.setId("template-save");
    save.getStyleClass().add("accent");
    save.disableProperty().bind(f.busyProperty());
    save.setOnAction(e -> vm.save());
    Button cancel = new Button(msg.text("common.cancel"));
    cancel.setId("template-cancel");
    cancel.setOnAction(e -> vm.cancel());
    HBox buttons = new HBox(8, save, cancel);
    right.getChildren().setAll(heading, grid, itemsTitle, itemRows, itemsError, addItem, formMessage, buttons);
  }

  private void drawItems(ChecklistTemplateForm f, VBox into) {
    into.getChildren().clear();
    for (int i = 0; i < f.items().size(); i++) {
      ItemRow r = f.items().get(i);
      int index = i;
      Label number = new Label((i + 1) + ".");
      number.setMinWidth(22);
      TextField text = new TextField();
      text.setId("template-item-" + i + "-text");
      text.setPromptText(msg.text("templates.item.text"));
      text.textProperty().bindBidirectional(r.textProperty());
      HBox.setHgrow(text, Priority.ALWAYS);
      CheckBox required = new CheckBox(msg.text("templates.item.required"));
      required.setId("template-item-" + i + "-required");
      required.selectedProperty().bindBidirectional(r.requiredProperty());
      ComboBox<ChecklistAnswerKind> kind = combo("template-item-" + i + "-kind", List.of(ChecklistAnswerKind.values()),
          k -> msg.text("templates.answer." + k.name()));
      kind.valueProperty().bindBidirectional(r.answerKindProperty());
      TextField unit = new TextField();
      unit.setId("template-item-" + i + "-unit");
      unit.setPromptText(msg.text("templates.item.unit"));
      unit.setPrefColumnCount(5);
      unit.textProperty().bindBidirectional(r.unitProperty());
      unit.disableProperty().bind(r.answerKindProperty().isNotEqualTo(ChecklistAnswerKind.VALUE));
      Button up = iconButton("template-item-" + i + "-up", new FontIcon(MaterialDesignA.ARROW_UP),
          msg.text("templates.item.up"), () -> f.moveItem(index, -1));
      up.setDisable(i == 0);
      Button down = iconButton("template-item-" + i + "-down", new FontIcon(MaterialDesignA.ARROW_DOWN),
          msg.text("templates.item.down"), () -> f.moveItem(index, 1));
      down.setDisable(i == f.items().size() - 1);
      Button remove = iconButton("template-item-" + i + "-remove", new FontIcon(MaterialDesignD.DELETE_OUTLINE),
          msg.text("templates.item.remove"), () -> f.removeItem(index));
      // two lines an item: the text gets the width it needs, and what the answer is never shrinks to "…"
      required.setMinWidth(Region.USE_PREF_SIZE);
      kind.setMinWidth(Region.USE_PREF_SIZE);
      kind.setMaxWidth(Region.USE_PREF_SIZE);
      unit.setMinWidth(Region.USE_PREF_SIZE);
      HBox line = new HBox(6, number, text, up, down, remove);
      line.setAlignment(Pos.CENTER_LEFT);
      HBox answer = new HBox(10, required, kind, unit);
      answer.setAlignment(Pos.CENTER_LEFT);
      answer.setPadding(new Insets(0, 0, 0, 28));
      into.getChildren().add(new VBox(4, line, answer));
    }
  }

  private static Button iconButton(String id, FontIcon icon, String tip, Runnable action) {
    Button b = new Button(null, icon);
    b.setId(id);
    b.getStyleClass().add("flat");
    b.setTooltip(new javafx.scene.control.Tooltip(tip));
    b.setOnAction(e -> action.run());
    return b;
  }

  private static void show(Node n, boolean shown) {
    n.setVisible(shown);
    n.setManaged(shown);
  }

  /** A labelled input with its message under it, in one grid row; the next free row. */
  private int field(GridPane grid, int row, String label, Node input, ChecklistTemplateForm f, String field) {
    Label l = new Label(label);
    l.setMinWidth(140);
    GridPane.setValignment(l, javafx.geometry.VPos.TOP);
    l.setPadding(new Insets(4, 0, 0, 0));
    grid.add(l, 0, row);
    if (input instanceof Region r) {
      r.setMaxWidth(Double.MAX_VALUE);
    }
    VBox cell = f == null ? new VBox(input) : new VBox(2, input, error(f, field));
    GridPane.setHgrow(cell, Priority.ALWAYS);
    grid.add(cell, 1, row);
    return row + 1;
  }

  private static Label error(ChecklistTemplateForm f, String field) {
    Label e = new Label();
    e.setId("template-" + field + "-error");
    e.getStyleClass().add(Styles.FIELD_ERROR);
    e.setWrapText(true);
    e.textProperty().bind(f.error(field));
    e.visibleProperty().bind(e.textProperty().isNotEmpty());
    e.managedProperty().bind(e.visibleProperty());
    return e;
  }

  private static <T> ComboBox<T> combo(String id, List<T> values, Function<T, String> text) {
    ComboBox<T> c = new ComboBox<>();
    c.getItems().setAll(values);
    c.setId(id);
    c.setConverter(ShownAs.text(text));
    return c;
  }

  private static TableColumn<TemplateLine, String> column(String title, Function<TemplateLine, String> value,
      double width) {
    TableColumn<TemplateLine, String> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
    c.setPrefWidth(width);
    return c;
  }
}
