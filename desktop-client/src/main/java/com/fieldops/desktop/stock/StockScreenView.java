package com.fieldops.desktop.stock;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Columns;
import com.fieldops.desktop.ui.ListRowCell;
import com.fieldops.desktop.ui.TextLists;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Warehouses, vans and in transit on the left; the chosen place's parts (on hand, available, on its
 * way, threshold) on the right; under them the movements (of the chosen part, else of the place) and
 * the chosen part's threshold to set.
 */
public final class StockScreenView extends SplitPane {
  /** The row style of a part below zero at a place: someone should count it. */
  public static final String NEEDS_COUNT = "fo-needs-count";

  public StockScreenView(StockViewModel vm) {
    Messages msg = vm.messages();
    setId("stockScreen");
    Label title = new Label(msg.text("stock.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    ListView<StockViewModel.Place> places = new ListView<>(vm.places());
    places.setId("stockPlaces");
    places.setCellFactory(v -> ListRowCell.<StockViewModel.Place>of(p -> "place-" + p.id(), null, List.of(
        StockViewModel.Place::name, StockViewModel.Place::detail)));
    places.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.placeProperty().set(b);
      }
    });
    vm.placeProperty().addListener((o, a, b) -> {
      if (b != null && places.getSelectionModel().getSelectedItem() != b) {
        places.getSelectionModel().select(b);
      }
    });
    VBox.setVgrow(places, Priority.ALWAYS);
    VBox left = new VBox(8, title, places);
    left.setPadding(new Insets(12));
    left.setMinWidth(260);

    Label placeName = new Label();
    placeName.setId("stockPlaceName");
    placeName.getStyleClass().add(Styles.SCREEN_TITLE);
    vm.placeProperty().addListener((o, a, b) -> placeName.setText(b == null ? "" : b.name()));
    Label summary = new Label();
    summary.setId("stockSummary");
    summary.getStyleClass().add(Styles.MUTED);
    summary.textProperty().bind(vm.summaryProperty());
    TextField filter = new TextField();
    filter.setId("stockPartFilter");
    filter.setPromptText(msg.text("stock.filter.prompt"));
    filter.textProperty().bindBidirectional(vm.partFilterProperty());

    TableView<StockViewModel.Line> table = new TableView<>(vm.lines());
    table.setId("stockTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label(msg.text("stock.empty")));
    TableColumn<StockViewModel.Line, String> sku = new TableColumn<>(msg.text("stock.column.sku"));
    sku.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sku()));
    sku.setPrefWidth(150);
    TableColumn<StockViewModel.Line, String> name = new TableColumn<>(msg.text("stock.column.part"));
    name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
    name.setPrefWidth(320);
    TableColumn<StockViewModel.Line, Integer> onHand = Columns.number(msg.text("stock.column.onHand"),
        StockViewModel.Line::onHand, 80);
    TableColumn<StockViewModel.Line, Integer> available = Columns.number(msg.text("stock.column.available"),
        StockViewModel.Line::available, 80);
    TableColumn<StockViewModel.Line, Integer> inbound = Columns.number(msg.text("stock.column.inbound"),
        StockViewModel.Line::inbound, 80);
    TableColumn<StockViewModel.Line, String> limits = new TableColumn<>(msg.text("stock.column.threshold"));
    limits.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().minimum() == null ? ""
        : msg.text("stock.threshold.cell", c.getValue().minimum(), c.getValue().target())));
    limits.setPrefWidth(130);
    limits.setStyle("-fx-alignment: CENTER-RIGHT;");
    Columns.keepHeading(limits);
    TableColumn<StockViewModel.Line, StockViewModel.Line> state = new TableColumn<>(msg.text("stock.column.state"));
    state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    state.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(StockViewModel.Line l, boolean empty) {
        super.updateItem(l, empty);
        if (empty || l == null) {
          setText(null);
          setGraphic(null);
          return;
        }
        setText(l.needsCount() ? msg.text("stock.needsCount") : l.belowMinimum() ? msg.text("stock.belowMinimum")
            : l.pending() ? msg.text("stock.pending") : "");
        setGraphic(l.needsCount() || l.belowMinimum() ? new FontIcon(MaterialDesignA.ALERT_OUTLINE) : null);
      }
    });
    state.setPrefWidth(200);
    table.getColumns().setAll(List.of(sku, name, onHand, available, inbound, limits, state));
    table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.lineProperty().set(b);
      }
    });
    vm.lineProperty().addListener((o, a, b) -> {
      if (b == null) {
        table.getSelectionModel().clearSelection();
      } else if (table.getSelectionModel().getSelectedItem() != b) {
        table.getSelectionModel().select(b);
      }
    });
    table.setRowFactory(t -> new TableRow<>() {
      @Override
      protected void updateItem(StockViewModel.Line l, boolean empty) {
        super.updateItem(l, empty);
        getStyleClass().remove(NEEDS_COUNT);
        if (!empty && l != null && l.needsCount()) {
          getStyleClass().add(NEEDS_COUNT);
        }
      }
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    Label movesTitle = new Label();
    movesTitle.setId("stockMovementsTitle");
    movesTitle.getStyleClass().add(Styles.SECTION_TITLE);
    movesTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.lineProperty().get() == null
        ? msg.text("stock.movements") : msg.text("stock.movements.ofLine", vm.lineProperty().get().sku()),
        vm.lineProperty()));
    ListView<String> moves = TextLists.of(vm.movements(), 260, msg.text("stock.movements.none"), null, 1);
    moves.setId("stockMovements");
    // a chosen line shows its own movements; otherwise the place's latest
    moves.itemsProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() -> vm.lineProperty().get() == null
        ? vm.movements() : vm.lineMovements(), vm.lineProperty()));
    HBox.setHgrow(moves, Priority.ALWAYS);
    VBox movesBox = new VBox(6, movesTitle, moves);
    HBox.setHgrow(movesBox, Priority.ALWAYS);
    VBox.setVgrow(moves, Priority.ALWAYS);
    HBox below = new HBox(16, movesBox, new ThresholdEditor(msg, vm.threshold()));
    below.setPrefHeight(300);
    VBox right = new VBox(8, placeName, summary, filter, table, below);
    getItems().addAll(left, right);
    setDividerPositions(0.26);
    vm.load();
  }
}
