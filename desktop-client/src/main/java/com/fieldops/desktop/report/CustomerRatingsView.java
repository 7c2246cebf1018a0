package com.fieldops.desktop.report;

import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Labels;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The customer's satisfaction in the 360° view: the summary line and the latest ratings, low ones in red. */
public final class CustomerRatingsView extends VBox {

  public CustomerRatingsView(CustomerRatingsViewModel vm) {
    super(4);
    setId("customerRatings");
    Label summary = new Label();
    summary.setId("customerRatingsSummary");
    summary.setStyle("-fx-font-weight: bold;");
    summary.textProperty().bind(vm.summaryProperty());
    ListView<CustomerRatingsViewModel.RatingLine> list = new ListView<>(vm.latest());
    list.setId("customerRatingsList");
    list.setPlaceholder(Labels.muted(vm.messages().text("common.none")));
    list.setPrefHeight(150);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(CustomerRatingsViewModel.RatingLine item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove(com.fieldops.desktop.report.Stars.LOW_STYLE);
        setText(empty || item == null ? null : item.text());
        if (!empty && item != null && item.low()) {
          getStyleClass().add(com.fieldops.desktop.report.Stars.LOW_STYLE);
        }
      }
    });
    getChildren().addAll(summary, list);
  }
}
