package com.fieldops.desktop.customer;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.masterdata.MasterDataDialog;
import com.fieldops.desktop.masterdata.RecordForm;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
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

  private final Messages msg;

  public CustomersView(CustomersViewModel vm, Consumer<UUID> openWorkOrder) {
    Messages msg = vm.messages();
    this.msg = msg;
    setId("customersView");
    Label title = new Label(msg.text("customer.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    TextField search = new TextField();
    search.setId("customerSearch");
    search.setPromptText(msg.text("customer.search.prompt"));
    search.textProperty().bindBidirectional(vm.searchProperty());
    Button newCustomer = new Button(msg.text("masterdata.customer.new"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
    newCustomer.setId("customerNew");
    newCustomer.setOnAction(e -> {
      RecordForm f = vm.newCustomerForm();
      MasterDataDialog.open(getScene().getWindow(), msg.text("masterdata.customer.new"), f, () -> vm.saved(f.id()));
    });
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
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox titleRow = new HBox(8, title, grow, newCustomer);
    titleRow.setAlignment(Pos.CENTER_LEFT);
    VBox left = new VBox(8, titleRow, search, results);
    left.setPadding(new Insets(12));
    left.setMinWidth(260);

    Label name = new Label();
    name.setId("customerName");
    name.getStyleClass().add(Styles.SCREEN_TITLE);
    Label contact = new Label();
    contact.getStyleClass().add(Styles.MUTED);
    Button edit = new Button(msg.text("masterdata.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
    edit.setId("customerEdit");
    edit.setOnAction(e -> form(vm.editCustomerForm(), "masterdata.customer.edit", vm));
    Region nameGrow = new Region();
    HBox.setHgrow(nameGrow, Priority.ALWAYS);
    HBox nameRow = new HBox(8, name, nameGrow, edit);
    nameRow.setAlignment(Pos.CENTER_LEFT);
    vm.selectedProperty().addListener((o, a, c) -> {
      name.setText(c == null ? "" : c.customer().name());
      contact.setText(c == null ? "" : nz(c.customer().accountNumber()) + " · " + nz(c.customer().phone()) + " · "
          + nz(c.customer().email()));
    });
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(8);
    String none = msg.text("common.none");
    // double-click a site, contact or machine to edit it; "+" adds one
    ListView<String> sites = editable(TextLists.of(vm.sites(), 110, none, null, 1), i -> form(vm.siteForm(i),
        "masterdata.site.edit", vm));
    sites.setId("customerSites");
    grid.add(section(msg.text("customer.sites"), sites, add("siteAdd", msg, () -> form(vm.siteForm(-1),
        "masterdata.site.new", vm))), 0, 0);
    ListView<String> contacts = editable(TextLists.of(vm.contacts(), 110, none, null, 1), i -> form(vm.contactForm(i),
        "masterdata.contact.edit", vm));
    contacts.setId("customerContacts");
    grid.add(section(msg.text("customer.contacts"), contacts, add("contactAdd", msg, () -> form(vm.contactForm(-1),
        "masterdata.contact.new", vm))), 1, 0);
    ListView<String> equipment = editable(TextLists.of(vm.equipment(), 180, none, null, 1), i -> form(vm.equipmentForm(i),
        "masterdata.equipment.edit", vm));
    equipment.setId("customerEquipment");
    grid.add(section(msg.text("customer.equipment"), equipment, add("equipmentAdd", msg, () -> form(vm.equipmentForm(-1),
        "masterdata.equipment.new", vm))), 0, 1);
    grid.add(section(msg.text("customer.contracts"),
        TextLists.of(vm.contracts(), 180, msg.text("customer.noContract"), null, 1)), 1, 1);
    grid.add(section(msg.text("customer.openWorkOrders"), jobs(vm.openJobs(), openWorkOrder, msg)), 0, 2);
    grid.add(section(msg.text("customer.pastWorkOrders"), jobs(vm.pastJobs(), openWorkOrder, msg)), 1, 2);
    grid.add(section(msg.text("customer.ratings"), new com.fieldops.desktop.report.CustomerRatingsView(vm.ratings())),
        0, 3, 2, 1);
    javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().addAll(half, half);
    VBox detail = new VBox(8, nameRow, contact, grid);
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

  private static VBox section(String title, javafx.scene.Node content, Button add) {
    Label l = new Label(title);
    l.getStyleClass().add(Styles.SECTION_TITLE);
    l.setMinWidth(0);
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox head = new HBox(6, l, grow, add);
    head.setAlignment(Pos.CENTER_LEFT);
    return new VBox(4, head, content);
  }

  private static Button add(String id, Messages msg, Runnable action) {
    Button b = new Button(msg.text("masterdata.add"), new FontIcon(MaterialDesignP.PLUS));
    b.setId(id);
    b.getStyleClass().addAll("flat", "small");
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    return b;
  }

  private ListView<String> editable(ListView<String> list, IntConsumer edit) {
    list.setTooltip(new javafx.scene.control.Tooltip(msg.text("masterdata.editHint")));
    list.setOnMouseClicked(e -> {
      int i = list.getSelectionModel().getSelectedIndex();
      if (e.getClickCount() == 2 && i >= 0) {
        edit.accept(i);
      }
    });
    list.setOnKeyPressed(e -> {
      int i = list.getSelectionModel().getSelectedIndex();
      if (e.getCode() == javafx.scene.input.KeyCode.ENTER && i >= 0) {
        edit.accept(i);
      }
    });
    return list;
  }

  private void form(RecordForm form, String titleKey, CustomersViewModel vm) {
    if (form == null) {
      return;
    }
    UUID customer = vm.selectedProperty().get() == null ? null : vm.selectedProperty().get().customer().id();
    MasterDataDialog.open(getScene().getWindow(), vm.messages().text(titleKey), form,
        () -> vm.saved(customer == null ? form.id() : customer));
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
