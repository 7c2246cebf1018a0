package com.fieldops.desktop.kpi;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Labels;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** Customer satisfaction per technician: average stars, ratings, share of 1–2 stars (high shares in red). */
final class SatisfactionTable extends VBox {

  SatisfactionTable(SatisfactionKpiModel vm, Messages msg) {
    super(6);
    setId("kpiSatisfaction");
    Label title = new Label(msg.text("kpi.satisfaction.title"));
    title.getStyleClass().add(Styles.SECTION_TITLE);
    Label caption = Labels.muted("");
    caption.setId("kpiSatisfactionCaption");
    caption.textProperty().bind(vm.captionProperty());
    TableView<SatisfactionKpiModel.Row> table = new TableView<>(vm.rows());
    table.setId("kpiSatisfactionTable");
    table.setPlaceholder(Labels.muted(msg.text("common.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().add(column(msg.text("kpi.satisfaction.column.technician"), SatisfactionKpiModel.Row::technician));
    table.getColumns().add(column(msg.text("kpi.satisfaction.column.average"), SatisfactionKpiModel.Row::average));
    table.getColumns().add(column(msg.text("kpi.satisfaction.column.count"), SatisfactionKpiModel.Row::count));
    table.getColumns().add(column(msg.text("kpi.satisfaction.column.low"), SatisfactionKpiModel.Row::lowShare));
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(SatisfactionKpiModel.Row item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove(com.fieldops.desktop.report.Stars.LOW_STYLE);
        if (!empty && item != null && item.worrying()) {
          getStyleClass().add(com.fieldops.desktop.report.Stars.LOW_STYLE);
        }
      }
    });
    table.setFixedCellSize(28);
    table.setPrefHeight(28 * 8 + 32);
    getChildren().addAll(title, caption, table);
  }

  private static TableColumn<SatisfactionKpiModel.Row, String> column(String title,
      Function<SatisfactionKpiModel.Row, String> value) {
    TableColumn<SatisfactionKpiModel.Row, String> c = new TableColumn<>(title);
    c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
    c.setSortable(false);
    return c;
  }
}
