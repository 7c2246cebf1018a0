package com.fieldops.desktop.workorder;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Columns;
import com.fieldops.desktop.ui.Labels;
import com.fieldops.desktop.ui.TextLists;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The job's required skill level, its checklists and its costs, under the work-order form. */
final class JobSheetView extends VBox {
  JobSheetView(JobSheet sheet, ObservableBooleanValue editable) {
    super(8);
    Messages msg = sheet.messages();
    setId("jobSheet");

    ComboBox<Integer> level = new ComboBox<>();
    level.setId("woSkillLevel");
    level.getItems().setAll(JobSheet.LEVELS);
    Function<Integer, String> levelText = l -> l == null ? msg.text("jobsheet.skill.any")
        : msg.text("jobsheet.skill.level", l);
    level.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Integer l, boolean empty) {
        super.updateItem(l, empty);
        setText(empty ? null : levelText.apply(l));
      }
    });
    level.setButtonCell(level.getCellFactory().call(null));
    // the job's level as read; the dispatcher's pick is recorded only by the button
    sheet.skillLevelProperty().addListener((o, a, b) -> level.setValue(b));
    level.setValue(sheet.skillLevelProperty().get());
    Button set = new Button(msg.text("jobsheet.skill.set"));
    set.setId("woSkillLevelSet");
    set.setOnAction(e -> sheet.setSkillLevel(level.getValue()));
    level.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
    set.disableProperty().bind(level.disableProperty());
    Label levelName = Labels.muted(msg.text("jobsheet.skill.title"));
    HBox levelRow = new HBox(8, levelName, level, set);
    levelRow.setAlignment(Pos.CENTER_LEFT);
    Label levelError = new Label();
    levelError.setId("woSkillLevelError");
    levelError.getStyleClass().add(Styles.FIELD_ERROR);
    levelError.setWrapText(true);
    levelError.textProperty().bind(sheet.skillErrorProperty());
    Label levelMessage = Labels.muted("");
    levelMessage.setId("woSkillLevelMessage");
    levelMessage.setWrapText(true);
    levelMessage.textProperty().bind(sheet.skillMessageProperty());
    for (Label l : List.of(levelError, levelMessage)) {
      l.managedProperty().bind(l.textProperty().isNotEmpty());
      l.visibleProperty().bind(l.managedProperty());
    }

    Label checklistSummary = Labels.muted("");
    checklistSummary.setId("woChecklistSummary");
    checklistSummary.textProperty().bind(sheet.checklistSummaryProperty());
    ListView<String> checklist = TextLists.of(sheet.checklist(), 170, msg.text("jobsheet.checklist.none"), null,
        Integer.MAX_VALUE);
    checklist.setId("woChecklist");

    Label costSummary = Labels.muted("");
    costSummary.setId("woCostsSummary");
    costSummary.textProperty().bind(sheet.costSummaryProperty());
    TableView<JobSheet.CostRow> costs = new TableView<>(sheet.costLines());
    costs.setId("woCosts");
    costs.setPlaceholder(Labels.muted(msg.text("jobsheet.costs.noLines")));
    costs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    costs.getColumns().setAll(List.of(
        column(msg.text("jobsheet.costs.column.kind"), JobSheet.CostRow::kind, 70, false),
        column(msg.text("jobsheet.costs.column.what"), JobSheet.CostRow::what, 230, false),
        column(msg.text("jobsheet.costs.column.quantity"), JobSheet.CostRow::quantity, 60, true),
        column(msg.text("jobsheet.costs.column.rate"), JobSheet.CostRow::rate, 70, true),
        column(msg.text("jobsheet.costs.column.atCost"), JobSheet.CostRow::atCost, 70, true),
        column(msg.text("jobsheet.costs.column.charged"), JobSheet.CostRow::charged, 80, true)));
    costs.setPrefHeight(150);
    // the totals are few and must all show: plain lines, the grand total in bold
    VBox totals = new VBox(2);
    totals.setId("woCostTotals");
    sheet.costTotals().addListener((javafx.collections.ListChangeListener<String>) c -> {
      totals.getChildren().clear();
      for (int i = 0; i < sheet.costTotals().size(); i++) {
        Label l = new Label(sheet.costTotals().get(i));
        if (i == sheet.costTotals().size() - 1) {
          l.setStyle("-fx-font-weight: bold;");
        }
        totals.getChildren().add(l);
      }
    });
    ListView<String> problems = TextLists.of(sheet.costProblems(), 60, "", Styles.FIELD_ERROR, Integer.MAX_VALUE);
    problems.setId("woCostProblems");
    problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(sheet.costProblems()));
    problems.managedProperty().bind(problems.visibleProperty());

    getChildren().addAll(levelRow, levelError, levelMessage,
        section(msg.text("jobsheet.checklist")), checklistSummary, checklist,
        section(msg.text("jobsheet.costs")), costSummary, costs, totals, problems);
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.SECTION_TITLE);
    return l;
  }

  private static TableColumn<JobSheet.CostRow, String> column(String title, Function<JobSheet.CostRow, String> value,
      double width, boolean right) {
    TableColumn<JobSheet.CostRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    if (right) {
      c.setStyle("-fx-alignment: CENTER-RIGHT;");
    }
    Columns.keepHeading(c);
    return c;
  }
}
