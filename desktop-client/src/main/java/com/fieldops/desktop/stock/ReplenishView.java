package com.fieldops.desktop.stock;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Columns;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The stock screen's "Below threshold" tab: parts below their minimum with what to send from where,
 * and places where a part went below zero and needs a count.
 */
public final class ReplenishView extends VBox {
  public ReplenishView(ReplenishViewModel vm) {
    super(8);
    Messages msg = vm.messages();
    setId("replenishScreen");
    setPadding(new Insets(16));
    Label title = new Label(msg.text("stock.replenish.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    Label summary = new Label();
    summary.setId("replenishSummary");
    summary.getStyleClass().add(Styles.MUTED);
    summary.textProperty().bind(vm.summaryProperty());

    TableView<ReplenishViewModel.Shortage> shorts = new TableView<>(vm.shorts());
    shorts.setId("replenishTable");
    shorts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    shorts.setPlaceholder(new Label(msg.text("stock.replenish.none")));
    shorts.getColumns().setAll(List.of(
        Columns.text(msg.text("stock.column.place"), ReplenishViewModel.Shortage::place, 140),
        Columns.text(msg.text("stock.column.sku"), ReplenishViewModel.Shortage::sku, 100),
        Columns.text(msg.text("stock.column.part"), ReplenishViewModel.Shortage::part, 220),
        Columns.number(msg.text("stock.column.onHand"), ReplenishViewModel.Shortage::onHand, 60),
        Columns.number(msg.text("stock.column.available"), ReplenishViewModel.Shortage::available, 60),
        Columns.number(msg.text("stock.column.inbound"), ReplenishViewModel.Shortage::inbound, 60),
        Columns.number(msg.text("stock.threshold.minimum"), ReplenishViewModel.Shortage::minimum, 60),
        Columns.number(msg.text("stock.threshold.target"), ReplenishViewModel.Shortage::target, 60),
        Columns.text(msg.text("stock.column.suggestion"), ReplenishViewModel.Shortage::suggestion, 380)));
    VBox.setVgrow(shorts, Priority.ALWAYS);

    Label countTitle = new Label(msg.text("stock.replenish.negative"));
    countTitle.getStyleClass().add(Styles.SECTION_TITLE);
    TableView<ReplenishViewModel.Negative> negatives = new TableView<>(vm.negatives());
    negatives.setId("needsCountTable");
    negatives.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    negatives.setPlaceholder(new Label(msg.text("stock.replenish.negative.none")));
    negatives.setPrefHeight(240);
    negatives.getColumns().setAll(List.of(
        Columns.text(msg.text("stock.column.place"), ReplenishViewModel.Negative::place, 260),
        Columns.text(msg.text("stock.column.sku"), ReplenishViewModel.Negative::sku, 160),
        Columns.text(msg.text("stock.column.part"), ReplenishViewModel.Negative::part, 420),
        Columns.number(msg.text("stock.column.onHand"), ReplenishViewModel.Negative::onHand, 76)));
    getChildren().addAll(title, summary, shorts, countTitle, negatives);
    vm.load();
  }
}
