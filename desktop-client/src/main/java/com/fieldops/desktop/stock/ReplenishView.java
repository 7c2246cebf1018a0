package com.fieldops.desktop.stock;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
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
        text(msg.text("stock.column.place"), ReplenishViewModel.Shortage::place, 160),
        text(msg.text("stock.column.sku"), ReplenishViewModel.Shortage::sku, 110),
        text(msg.text("stock.column.part"), ReplenishViewModel.Shortage::part, 200),
        number(msg.text("stock.column.onHand"), ReplenishViewModel.Shortage::onHand),
        number(msg.text("stock.column.available"), ReplenishViewModel.Shortage::available),
        number(msg.text("stock.column.inbound"), ReplenishViewModel.Shortage::inbound),
        number(msg.text("stock.threshold.minimum"), ReplenishViewModel.Shortage::minimum),
        number(msg.text("stock.threshold.target"), ReplenishViewModel.Shortage::target),
        text(msg.text("stock.column.suggestion"), ReplenishViewModel.Shortage::suggestion, 420)));
    VBox.setVgrow(shorts, Priority.ALWAYS);

    Label countTitle = new Label(msg.text("stock.replenish.negative"));
    countTitle.getStyleClass().add(Styles.SECTION_TITLE);
    TableView<ReplenishViewModel.Negative> negatives = new TableView<>(vm.negatives());
    negatives.setId("needsCountTable");
    negatives.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    negatives.setPlaceholder(new Label(msg.text("stock.replenish.negative.none")));
    negatives.setPrefHeight(240);
    negatives.getColumns().setAll(List.of(
        text(msg.text("stock.column.place"), ReplenishViewModel.Negative::place, 260),
        text(msg.text("stock.column.sku"), ReplenishViewModel.Negative::sku, 160),
        text(msg.text("stock.column.part"), ReplenishViewModel.Negative::part, 420),
        number(msg.text("stock.column.onHand"), ReplenishViewModel.Negative::onHand)));
    getChildren().addAll(title, summary, shorts, countTitle, negatives);
    vm.load();
  }

  private static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private static <T> TableColumn<T, Integer> number(String title, ToIntFunction<T> value) {
    TableColumn<T, Integer> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.applyAsInt(x.getValue())));
    c.setPrefWidth(76);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    return c;
  }
}
