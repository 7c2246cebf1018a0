package com.fieldops.desktop.stock;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Columns;
import com.fieldops.desktop.ui.FieldRow;
import com.fieldops.desktop.ui.TextLists;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Part requests: the table on the left; the chosen request's decision (approve from a warehouse, decline with a reason) and history on the right. */
public final class PartRequestsView extends SplitPane {
  public PartRequestsView(PartRequestsViewModel vm) {
    Messages msg = vm.messages();
    setId("partRequestsScreen");
    Label title = new Label(msg.text("partRequests.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    CheckBox openOnly = new CheckBox(msg.text("partRequests.openOnly"));
    openOnly.setId("partRequestsOpenOnly");
    openOnly.selectedProperty().bindBidirectional(vm.openOnlyProperty());

    TableView<PartRequestsViewModel.Row> table = new TableView<>(vm.rows());
    table.setId("partRequestsTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label(msg.text("partRequests.empty")));
    table.getColumns().setAll(List.of(
        Columns.text(msg.text("stock.column.sku"), PartRequestsViewModel.Row::sku, 90),
        Columns.text(msg.text("stock.column.part"), PartRequestsViewModel.Row::part, 200),
        Columns.number(msg.text("partRequests.column.quantity"), PartRequestsViewModel.Row::quantity, 50),
        Columns.text(msg.text("partRequests.column.for"), PartRequestsViewModel.Row::forWhat, 125),
        Columns.text(msg.text("partRequests.column.who"), PartRequestsViewModel.Row::who, 95),
        Columns.text(msg.text("partRequests.column.when"), PartRequestsViewModel.Row::when, 145),
        Columns.text(msg.text("partRequests.column.status"), PartRequestsViewModel.Row::statusText, 160)));
    // the rows are replaced on every refresh, which clears the table's selection for a moment: only a
    // row chosen counts, so the decision's message and inputs survive a refresh
    table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        vm.selectedProperty().set(b);
      }
    });
    vm.selectedProperty().addListener((o, a, b) -> {
      if (table.getSelectionModel().getSelectedItem() != b) {
        if (b == null) {
          table.getSelectionModel().clearSelection();
        } else {
          table.getSelectionModel().select(b);
        }
      }
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox left = new VBox(8, title, openOnly, table);
    left.setPadding(new Insets(12));

    Label chosen = new Label();
    chosen.setId("partRequestChosen");
    chosen.getStyleClass().add(Styles.SECTION_TITLE);
    chosen.setWrapText(true);
    vm.selectedProperty().addListener((o, a, b) -> chosen.setText(b == null ? msg.text("partRequests.choose")
        : msg.text("partRequests.chosen", b.quantity(), b.sku(), b.part(), b.forWhat())));
    chosen.setText(msg.text("partRequests.choose"));

    ComboBox<PartRequestsViewModel.Source> from = new ComboBox<>(vm.sources());
    from.setId("partRequestSource");
    from.valueProperty().bindBidirectional(vm.sourceProperty());
    Function<PartRequestsViewModel.Source, String> sourceText = s -> s == null ? ""
        : msg.text("partRequests.source", s.name(), s.available());
    from.setCellFactory(l -> new ListCell<>() {
      @Override
      protected void updateItem(PartRequestsViewModel.Source s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty ? null : sourceText.apply(s));
      }
    });
    from.setButtonCell(from.getCellFactory().call(null));
    from.setPromptText(msg.text("partRequests.source.none"));
    TextField qty = new TextField();
    qty.setId("partRequestQuantity");
    qty.setPromptText(msg.text("partRequests.quantity.prompt"));
    qty.textProperty().bindBidirectional(vm.quantityProperty());
    Button approve = new Button(msg.text("partRequests.approve"));
    approve.setId("partRequestApprove");
    approve.getStyleClass().add("accent");
    approve.setOnAction(e -> vm.approve());
    TextField reason = new TextField();
    reason.setId("partRequestReason");
    reason.setPromptText(msg.text("partRequests.reason.prompt"));
    reason.textProperty().bindBidirectional(vm.reasonProperty());
    Button decline = new Button(msg.text("partRequests.decline"));
    decline.setId("partRequestDecline");
    decline.setOnAction(e -> vm.decline());
    // deciding is for open requests only
    approve.disableProperty().bind(vm.selectedProperty().isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
        () -> vm.selectedProperty().get() != null && !vm.selectedProperty().get().open(), vm.selectedProperty())));
    decline.disableProperty().bind(approve.disableProperty());

    GridPane form = FieldRow.form(130, 260, Region.USE_COMPUTED_SIZE);
    FieldRow.add(form, 0, msg.text("partRequests.field.source"), from, vm.errorProperty("sourceLocationId"),
        "partRequestSource-error");
    FieldRow.add(form, 1, msg.text("partRequests.field.quantity"), qty, vm.errorProperty("quantity"),
        "partRequestQuantity-error");
    FieldRow.add(form, 2, "", approve, null, "partRequestApprove-error");
    FieldRow.add(form, 3, msg.text("partRequests.field.reason"), reason, vm.errorProperty("reason"),
        "partRequestReason-error");
    FieldRow.add(form, 4, "", decline, null, "partRequestDecline-error");

    Label message = new Label();
    message.setId("partRequestMessage");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    Label historyTitle = new Label(msg.text("partRequests.history"));
    historyTitle.getStyleClass().add(Styles.SECTION_TITLE);
    ListView<String> history = TextLists.of(vm.history(), 240, msg.text("partRequests.history.none"), null, 1);
    history.setId("partRequestHistory");
    VBox.setVgrow(history, Priority.ALWAYS);
    VBox right = new VBox(10, chosen, form, message, historyTitle, history);
    right.setPadding(new Insets(16));
    right.setMinWidth(380);
    getItems().addAll(left, right);
    setDividerPositions(0.68);
    HBox.setHgrow(this, Priority.ALWAYS);
    vm.load();
  }
}
