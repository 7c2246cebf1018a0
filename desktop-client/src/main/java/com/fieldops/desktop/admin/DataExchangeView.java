package com.fieldops.desktop.admin;

import com.fieldops.customer.imports.ImportColumn;
import com.fieldops.customer.imports.ImportProblem;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.FieldRow;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** Import of customers, sites and machines from CSV (with its problems table), and the billing export. */
public final class DataExchangeView extends ScrollPane {

  public DataExchangeView(DataExchangeViewModel vm) {
    Messages msg = vm.messages();
    setId("dataExchangeView");
    vm.defaultFilePicker(new FxFilePicker(() -> getScene() == null ? null : getScene().getWindow(), msg));
    Label title = new Label(msg.text("data.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);

    Label importTitle = new Label(msg.text("data.import.title"), new FontIcon(MaterialDesignF.FILE_UPLOAD_OUTLINE));
    importTitle.getStyleClass().add(Styles.SECTION_TITLE);
    Label importHint = new Label(msg.text("data.import.hint", Arrays.stream(ImportColumn.values())
        .map(ImportColumn::header).collect(Collectors.joining(", "))));
    importHint.getStyleClass().add(Styles.MUTED);
    importHint.setWrapText(true);
    Button choose = new Button(msg.text("data.import.choose"), new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
    choose.setId("importChoose");
    choose.getStyleClass().add("accent");
    choose.disableProperty().bind(vm.importingProperty());
    choose.setOnAction(e -> vm.chooseAndImport());
    Label file = new Label();
    file.setId("importFile");
    file.textProperty().bind(vm.importFileProperty());
    file.getStyleClass().add(Styles.MUTED);
    HBox chooseRow = new HBox(10, choose, file);
    chooseRow.setAlignment(Pos.CENTER_LEFT);
    Label result = new Label();
    result.setId("importResult");
    result.setWrapText(true);
    result.textProperty().bind(vm.importResultProperty());
    vm.importFailedProperty().addListener((o, a, failed) -> {
      result.getStyleClass().removeAll(Styles.FIELD_ERROR, Styles.OK);
      result.getStyleClass().add(failed ? Styles.FIELD_ERROR : Styles.OK);
      result.setGraphic(new FontIcon(failed ? MaterialDesignA.ALERT_CIRCLE_OUTLINE : MaterialDesignF.FILE_CHECK_OUTLINE));
    });
    TableView<ImportProblem> problems = new TableView<>(vm.problems());
    problems.setId("importProblems");
    problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<ImportProblem, String> row = new TableColumn<>(msg.text("data.import.row"));
    row.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().row() == 0 ? msg.text("data.import.wholeFile")
        : Integer.toString(f.getValue().row())));
    row.setPrefWidth(90);
    TableColumn<ImportProblem, String> column = new TableColumn<>(msg.text("data.import.column"));
    column.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().column() == null ? "" : f.getValue().column()));
    column.setPrefWidth(200);
    TableColumn<ImportProblem, String> problem = new TableColumn<>(msg.text("data.import.problem"));
    problem.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue().message()));
    problem.setPrefWidth(560);
    problems.getColumns().addAll(java.util.List.of(row, column, problem));
    problems.setPrefHeight(260);
    problems.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.problems()));
    problems.managedProperty().bind(problems.visibleProperty());

    Label exportTitle = new Label(msg.text("data.export.title"), new FontIcon(MaterialDesignF.FILE_DOWNLOAD_OUTLINE));
    exportTitle.getStyleClass().add(Styles.SECTION_TITLE);
    Label exportHint = new Label(msg.text("data.export.hint"));
    exportHint.getStyleClass().add(Styles.MUTED);
    exportHint.setWrapText(true);
    GridPane dates = FieldRow.form(130, 160, 220);
    TextField from = new TextField();
    from.setId("exportFrom");
    from.setPromptText("2026-03-01");
    from.textProperty().bindBidirectional(vm.fromProperty());
    FieldRow.add(dates, 0, msg.text("data.export.from"), from, vm.exportError("from"), "exportFrom-error");
    TextField to = new TextField();
    to.setId("exportTo");
    to.setPromptText("2026-03-31");
    to.textProperty().bindBidirectional(vm.toProperty());
    FieldRow.add(dates, 1, msg.text("data.export.to"), to, vm.exportError("to"), "exportTo-error");
    Button export = new Button(msg.text("data.export.button"), new FontIcon(MaterialDesignT.TABLE_ARROW_DOWN));
    export.setId("exportCompletedJobs");
    export.getStyleClass().add("accent");
    export.disableProperty().bind(vm.exportingProperty());
    export.setOnAction(e -> vm.chooseAndExport());
    Label exportResult = new Label();
    exportResult.setId("exportResult");
    exportResult.setWrapText(true);
    exportResult.textProperty().bind(vm.exportResultProperty());
    Label exportMessage = new Label();
    exportMessage.setId("exportMessage");
    exportMessage.getStyleClass().add(Styles.FIELD_ERROR);
    exportMessage.setWrapText(true);
    exportMessage.textProperty().bind(vm.exportMessageProperty());

    VBox importBox = new VBox(10, importTitle, importHint, chooseRow, result, problems);
    importBox.getStyleClass().add(Styles.CARD);
    importBox.setPadding(new Insets(14));
    VBox exportBox = new VBox(10, exportTitle, exportHint, dates, export, exportResult, exportMessage);
    exportBox.getStyleClass().add(Styles.CARD);
    exportBox.setPadding(new Insets(14));
    VBox content = new VBox(16, title, importBox, exportBox);
    content.setPadding(new Insets(16));
    content.setMaxWidth(1100);
    setContent(content);
    setFitToWidth(true);
  }
}
