package com.fieldops.desktop.customer;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Labels;
import com.fieldops.desktop.ui.ListRowCell;
import com.fieldops.desktop.ui.TextLists;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.WorkOrderRow;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Customer search on the left; the chosen customer's 360° view on the right. */
public final class CustomersView extends SplitPane {

  public CustomersView(CustomersViewModel vm, Consumer<UUID> openWorkOrder) {
    Messages msg = vm.messages();
    setId("customersView");
    Label title = new Label(msg.text("customer.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    TextField search = new TextField();
    search.setId("customerSearch");
    search.setPromptText(msg.text("customer.search.prompt"));
    search.textProperty().bindBidirectional(vm.searchProperty());
    ListView<CustomerRow> results = new ListView<>(vm.results());
    results.setId("customerResults");
    results.setCellFactory(v -> ListRowCell.<CustomerRow>of(null, null, List.of(CustomerRow::name,
        c -> (c.city() == null ? "" : c.city() + " · ") + msg.text("customer.openJobs", c.openWorkOrders()))));
    results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.open(b.id());
      }
    });
    VBox.setVgrow(results, Priority.ALWAYS);
    VBox left = new VBox(8, title, search, results);
    left.setPadding(new Insets(12));
    left.setMinWidth(260);

    Label name = new Label();
    name.setId("customerName");
    name.getStyleClass().add(Styles.SCREEN_TITLE);
    Label contact = new Label();
    contact.getStyleClass().add(Styles.MUTED);
    vm.selectedProperty().addListener((o, a, c) -> {
      name.setText(c == null ? "" : c.customer().name());
      contact.setText(c == null ? "" : nz(c.customer().accountNumber()) + " · " + nz(c.customer().phone()) + " · "
          + nz(c.customer().email()));
    });
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(8);
    String none = msg.text("common.none");
    grid.add(section(msg.text("customer.sites"), TextLists.of(vm.sites(), 110, none, null, 1)), 0, 0);
    grid.add(section(msg.text("customer.contacts"), TextLists.of(vm.contacts(), 110, none, null, 1)), 1, 0);
    ListView<String> equipment = TextLists.of(vm.equipment(), 180, none, null, 1);
    equipment.setId("customerEquipment");
    grid.add(section(msg.text("customer.equipment"), equipment), 0, 1);
    grid.add(section(msg.text("customer.contracts"),
        TextLists.of(vm.contracts(), 180, msg.text("customer.noContract"), null, 1)), 1, 1);
    grid.add(section(msg.text("customer.openWorkOrders"), jobs(vm.openJobs(), openWorkOrder, msg)), 0, 2);
    grid.add(section(msg.text("customer.pastWorkOrders"), jobs(vm.pastJobs(), openWorkOrder, msg)), 1, 2);
    javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().addAll(half, half);
    VBox detail = new VBox(8, name, contact, grid);
    detail.setPadding(new Insets(16));
    Label empty = new Label(msg.text("customer.select"));
    empty.getStyleClass().add(Styles.MUTED);
    empty.setPadding(new Insets(24));
    ScrollPane right = new ScrollPane(empty);
    right.setFitToWidth(true);
    vm.selectedProperty().addListener((o, a, c) -> right.setContent(c == null ? empty : detail));
    getItems().addAll(left, right);
    setDividerPositions(0.28);
    vm.find();
  }

  private static VBox section(String title, javafx.scene.Node content) {
    Label l = new Label(title);
    l.getStyleClass().add(Styles.SECTION_TITLE);
    return new VBox(4, l, content);
  }

  private static ListView<WorkOrderRow> jobs(ObservableList<WorkOrderRow> items, Consumer<UUID> open, Messages msg) {
    ListView<WorkOrderRow> l = new ListView<>(items);
    l.setPrefHeight(160);
    l.setPlaceholder(Labels.muted(msg.text("common.none")));
    l.setCellFactory(v -> ListRowCell.<WorkOrderRow>of(r -> "customer-job-" + r.label(), "fo-wo-number", List.of(
        r -> r.label() + "  ·  " + msg.text("status." + r.status().name()), r -> nz(r.summary()))));
    l.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2 && l.getSelectionModel().getSelectedItem() != null) {
        open.accept(l.getSelectionModel().getSelectedItem().id());
      }
    });
    return l;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
