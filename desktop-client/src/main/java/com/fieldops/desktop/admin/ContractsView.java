package com.fieldops.desktop.admin;

import com.fieldops.desktop.admin.ContractsViewModel.ContractLine;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.masterdata.MasterDataDialog;
import com.fieldops.desktop.masterdata.RecordForm;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Labels;
import com.fieldops.desktop.ui.ListRowCell;
import com.fieldops.replica.view.CustomerRow;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Customers on the left; the chosen customer's service contracts on the right, with New and Edit. */
public final class ContractsView extends SplitPane {

  public ContractsView(ContractsViewModel vm) {
    Messages msg = vm.messages();
    setId("contractsView");
    Label title = new Label(msg.text("contracts.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    TextField search = new TextField();
    search.setId("contractsCustomerSearch");
    search.setPromptText(msg.text("customer.search.prompt"));
    search.textProperty().bindBidirectional(vm.searchProperty());
    ListView<CustomerRow> customers = new ListView<>(vm.customers());
    customers.setId("contractsCustomers");
    customers.setCellFactory(v -> ListRowCell.<CustomerRow>of(null, null, List.of(CustomerRow::name,
        c -> (c.accountNumber() == null ? "" : c.accountNumber()) + (c.city() == null ? "" : " · " + c.city()))));
    customers.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.open(b.id());
      }
    });
    VBox.setVgrow(customers, Priority.ALWAYS);
    VBox left = new VBox(8, title, search, customers);
    left.setPadding(new Insets(12));
    left.setMinWidth(260);

    Label customer = new Label(msg.text("customer.select"));
    customer.setId("contractsCustomerName");
    customer.getStyleClass().add(Styles.SCREEN_TITLE);
    vm.selectedProperty().addListener((o, a, c) -> customer.setText(c == null ? msg.text("customer.select")
        : c.customer().name()));
    Button add = new Button(msg.text("contracts.new"), new FontIcon(MaterialDesignP.PLUS));
    add.setId("contractNew");
    add.getStyleClass().add("accent");
    add.disableProperty().bind(vm.selectedProperty().isNull());
    TableView<ContractLine> table = new TableView<>(vm.contracts());
    table.setId("contractsTable");
    table.setPlaceholder(Labels.muted(msg.text("customer.noContract")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column(msg.text("contracts.number"), ContractLine::number, 150));
    table.getColumns().add(column(msg.text("contracts.covers"), ContractLine::covers, 300));
    table.getColumns().add(column(msg.text("contracts.policy"), ContractLine::policy, 170));
    table.getColumns().add(column(msg.text("contracts.validFrom"), ContractLine::validFrom, 110));
    table.getColumns().add(column(msg.text("contracts.validTo"), ContractLine::validTo, 110));
    table.getColumns().add(column(msg.text("contracts.state"), ContractLine::state, 90));
    Button edit = new Button(msg.text("masterdata.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
    edit.setId("contractEdit");
    edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    Runnable editSelected = () -> {
      ContractLine line = table.getSelectionModel().getSelectedItem();
      if (line != null) {
        open(vm.form(line.contract()), msg.text("contracts.edit"), vm);
      }
    };
    edit.setOnAction(e -> editSelected.run());
    table.setOnMouseClicked(e -> {
      if (e.getClickCount() == 2) {
        editSelected.run();
      }
    });
    add.setOnAction(e -> open(vm.newContract(), msg.text("contracts.new"), vm));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox head = new HBox(8, customer, grow, edit, add);
    head.setAlignment(Pos.CENTER_LEFT);
    Label hint = new Label(msg.text("contracts.hint"), new FontIcon(MaterialDesignF.FILE_SIGN));
    hint.getStyleClass().add(Styles.MUTED);
    hint.setWrapText(true);
    Label message = new Label();
    message.getStyleClass().add(Styles.FIELD_ERROR);
    message.textProperty().bind(vm.messageProperty());
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox right = new VBox(10, head, table, hint, message);
    right.setPadding(new Insets(16));
    getItems().addAll(left, right);
    setDividerPositions(0.28);
    vm.find();
  }

  private void open(RecordForm form, String title, ContractsViewModel vm) {
    if (form != null) {
      MasterDataDialog.open(getScene().getWindow(), title, form, vm::saved);
    }
  }

  private static TableColumn<ContractLine, String> column(String title, Function<ContractLine, String> value,
      double width) {
    TableColumn<ContractLine, String> c = new TableColumn<>(title);
    c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
    c.setPrefWidth(width);
    return c;
  }
}
