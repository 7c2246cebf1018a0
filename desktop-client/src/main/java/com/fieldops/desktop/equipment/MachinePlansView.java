package com.fieldops.desktop.equipment;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.FieldRow;
import com.fieldops.desktop.ui.ListRowCell;
import com.fieldops.desktop.ui.TextLists;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Under a machine's history: its maintenance plans with the form to add or change one, and the serials fitted in it. */
final class MachinePlansView extends VBox {
  MachinePlansView(MachinePlans vm) {
    super(8);
    Messages msg = vm.messages();
    setId("machinePlans");
    MaintenancePlanForm form = vm.form();

    Label plansTitle = section(msg.text("plans.title"));
    Button add = new Button(msg.text("plans.new"));
    add.setId("planNew");
    add.setOnAction(e -> vm.newPlan());
    HBox head = new HBox(12, plansTitle, add);
    head.setAlignment(Pos.CENTER_LEFT);
    ListView<MachinePlans.PlanLine> plans = new ListView<>(vm.plans());
    plans.setId("planList");
    plans.setPrefHeight(150);
    plans.setPlaceholder(new Label(msg.text("plans.none")));
    plans.setCellFactory(v -> new ListRowCell<>(p -> "plan-" + p.plan().id(), null, 1,
        p -> List.of(p.text().split("\n")), true));
    plans.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.chosenProperty().set(b);
      }
    });
    vm.chosenProperty().addListener((o, a, b) -> {
      if (b == null) {
        plans.getSelectionModel().clearSelection();
      } else if (plans.getSelectionModel().getSelectedItem() != b) {
        plans.getSelectionModel().select(b);
      }
    });

    Label formTitle = new Label();
    formTitle.setId("planFormTitle");
    formTitle.getStyleClass().add(Styles.SECTION_TITLE);
    formTitle.textProperty().bind(form.titleProperty());
    TextField name = text("planName", form.nameProperty(), "");
    ComboBox<PlanScope> scope = choice("planScope", PlanScope.values(), form.scopeProperty(), msg, "plans.scope.");
    ComboBox<PlanInterval> interval = choice("planInterval", PlanInterval.values(), form.intervalProperty(), msg,
        "plans.interval.");
    TextField every = text("planEvery", form.everyProperty(), "12");
    TextField unit = text("planMeterUnit", form.meterUnitProperty(), "h");
    ComboBox<WorkOrderType> type = choice("planType", WorkOrderType.values(), form.typeProperty(), msg, "type.");
    ComboBox<Priority> priority = choice("planPriority", Priority.values(), form.priorityProperty(), msg, "priority.");
    TextField skill = text("planSkill", form.skillProperty(), "HVAC");
    TextField minutes = text("planMinutes", form.minutesProperty(), "120");
    TextField starts = text("planStartsOn", form.startsOnProperty(), "2026-12-01");
    ComboBox<MaintenancePlanForm.TemplateChoice> checklist = new ComboBox<>(form.templates());
    checklist.setId("planChecklist");
    checklist.valueProperty().bindBidirectional(form.templateProperty());
    checklist.setMaxWidth(Double.MAX_VALUE);
    CheckBox waits = new CheckBox(msg.text("plans.field.waitForPrevious"));
    waits.setId("planWaitForPrevious");
    waits.selectedProperty().bindBidirectional(form.waitForPreviousProperty());
    CheckBox active = new CheckBox(msg.text("plans.field.active"));
    active.setId("planActive");
    active.selectedProperty().bindBidirectional(form.activeProperty());
    Button save = new Button(msg.text("plans.save"));
    save.setId("planSave");
    save.getStyleClass().add("accent");
    save.setOnAction(e -> form.save());

    GridPane grid = FieldRow.form(150, 200, 420);
    int row = 0;
    FieldRow.add(grid, row++, msg.text("plans.field.name"), name, form.errorProperty("plan.name"), "planName-error");
    FieldRow.add(grid, row++, msg.text("plans.field.scope"), scope, form.errorProperty("plan.scope"), "planScope-error");
    FieldRow.add(grid, row++, msg.text("plans.field.interval"), interval, form.errorProperty("plan.interval"),
        "planInterval-error");
    FieldRow.add(grid, row++, msg.text("plans.field.every"), every, form.errorProperty("plan.every"), "planEvery-error");
    FieldRow.add(grid, row++, msg.text("plans.field.meterUnit"), unit, form.errorProperty("plan.meterUnit"),
        "planMeterUnit-error");
    FieldRow.add(grid, row++, msg.text("plans.field.type"), type, form.errorProperty("plan.workOrderType"),
        "planType-error");
    FieldRow.add(grid, row++, msg.text("plans.field.priority"), priority, form.errorProperty("plan.priority"),
        "planPriority-error");
    FieldRow.add(grid, row++, msg.text("plans.field.skill"), skill, form.errorProperty("plan.requiredSkill"),
        "planSkill-error");
    FieldRow.add(grid, row++, msg.text("plans.field.minutes"), minutes, form.errorProperty("plan.expectedMinutes"),
        "planMinutes-error");
    FieldRow.add(grid, row++, msg.text("plans.field.startsOn"), starts, form.errorProperty("plan.startsOn"),
        "planStartsOn-error");
    FieldRow.add(grid, row++, msg.text("plans.field.checklist"), checklist,
        form.errorProperty("plan.checklistTemplateId"), "planChecklist-error");
    FieldRow.add(grid, row++, "", new HBox(16, waits, active), null, "planFlags-error");
    FieldRow.add(grid, row, "", save, null, "planSave-error");
    grid.disableProperty().bind(form.editableProperty().not());
    Label message = new Label();
    message.setId("planMessage");
    message.setWrapText(true);
    message.textProperty().bind(form.messageProperty());

    Label serialsTitle = section(msg.text("plans.serials"));
    ListView<String> serials = TextLists.of(vm.serials(), 110, msg.text("plans.serials.none"), null, 1);
    serials.setId("machineSerials");
    getChildren().addAll(head, plans, formTitle, grid, message, serialsTitle, serials);
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.SECTION_TITLE);
    return l;
  }

  private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
    TextField t = new TextField();
    t.setId(id);
    t.setPromptText(prompt);
    t.textProperty().bindBidirectional(value);
    return t;
  }

  private static <T extends Enum<T>> ComboBox<T> choice(String id, T[] values,
      javafx.beans.property.ObjectProperty<T> value, Messages msg, String prefix) {
    ComboBox<T> c = new ComboBox<>();
    c.setId(id);
    c.getItems().setAll(values);
    c.setConverter(new StringConverter<>() {
      @Override
      public String toString(T v) {
        return v == null ? "" : msg.text(prefix + v.name());
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    });
    c.valueProperty().bindBidirectional(value);
    c.setMinWidth(Region.USE_PREF_SIZE);
    return c;
  }
}
