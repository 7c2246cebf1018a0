package com.fieldops.desktop.workorder;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.masterdata.MasterDataDialog;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.theme.ThemeMode;
import com.fieldops.desktop.ui.FieldRow;
import com.fieldops.customer.model.Site;
import com.fieldops.desktop.ui.ShownAs;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.replica.view.TechnicianRow;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;

/**
 * The "new work order" form as a dialog (Ctrl+N from anywhere): every field reachable with Tab,
 * a message under each field that is wrong, Enter in a one-line field or the Create button
 * records it; Escape cancels. The dialog stays open until the work order is recorded.
 */
public final class NewWorkOrderDialog extends Dialog<UUID> {

  public NewWorkOrderDialog(Window owner, NewWorkOrderViewModel vm) {
    Messages msg = vm.messages();
    initOwner(owner);
    setTitle(msg.text("workorder.new"));
    setHeaderText(msg.text("workorder.new.header"));
    setResizable(true);
    getDialogPane().setId("newWorkOrderDialog");
    getDialogPane().getStylesheets().add(ThemeMode.CONSOLE_CSS);
    getDialogPane().getStyleClass().add(Styles.CONSOLE);

    // a caller names the customer: type a part of the name or city to find it among hundreds
    ComboBox<CustomerRow> customer = configured(new SearchableComboBox<>(vm.customers()), "nwoCustomer",
        c -> c.name() + (c.city() == null ? "" : "  ·  " + c.city()));
    customer.valueProperty().bindBidirectional(vm.customerProperty());
    customer.setPromptText(msg.text("workorder.new.customer.prompt"));
    // a caller not yet known: create the customer, site and contact here, then go on with the job
    Button newCaller = new Button(msg.text("masterdata.newCaller"), new org.kordamp.ikonli.javafx.FontIcon(
        org.kordamp.ikonli.materialdesign2.MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
    newCaller.setId("nwoNewCaller");
    newCaller.setMinWidth(Region.USE_PREF_SIZE);
    newCaller.setOnAction(e -> MasterDataDialog.openNewCaller(getDialogPane().getScene().getWindow(), vm.newCallerForm(),
        vm::continueWith));
    javafx.scene.layout.HBox.setHgrow(customer, javafx.scene.layout.Priority.ALWAYS);
    javafx.scene.layout.HBox customerRow = new javafx.scene.layout.HBox(8, customer, newCaller);
    ComboBox<Site> site = combo("nwoSite", vm.sites(), s -> s.name()
        + (s.address() == null || s.address().city() == null ? "" : "  ·  " + s.address().city()));
    site.valueProperty().bindBidirectional(vm.siteProperty());
    site.disableProperty().bind(vm.customerProperty().isNull());
    ComboBox<EquipmentView> equipment = combo("nwoEquipment", vm.equipment(), e -> e.equipment().manufacturer() + " "
        + e.equipment().model() + "  ·  " + e.equipment().serialNumber());
    equipment.valueProperty().bindBidirectional(vm.equipmentProperty());
    equipment.setPromptText(msg.text("workorder.new.optional"));
    equipment.disableProperty().bind(vm.siteProperty().isNull());
    ComboBox<WorkOrderType> type = combo("nwoType", javafx.collections.FXCollections.observableArrayList(
        WorkOrderType.values()), t -> msg.text("type." + t.name()));
    type.valueProperty().bindBidirectional(vm.typeProperty());
    ComboBox<Priority> priority = combo("nwoPriority", javafx.collections.FXCollections.observableArrayList(
        Priority.values()), p -> msg.text("priority." + p.name()));
    priority.valueProperty().bindBidirectional(vm.priorityProperty());
    TextArea problem = new TextArea();
    problem.setId("nwoProblem");
    problem.setPrefRowCount(3);
    problem.setWrapText(true);
    problem.setPromptText(msg.text("workorder.new.problem.prompt"));
    problem.textProperty().bindBidirectional(vm.problemProperty());
    // Tab leaves the text area instead of typing a tab, so the form stays keyboard friendly
    problem.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
        e.consume();
        Node next = e.isShiftDown() ? priority : getDialogPane().lookup("#nwoSkill");
        if (next != null) {
          next.requestFocus();
        }
      }
    });
    TextField skill = text("nwoSkill", vm.requiredSkillProperty(), "HVAC");
    ComboBox<TechnicianRow> assignee = combo("nwoAssignee", vm.technicians(), t -> t.name()
        + (t.technician().skills().isEmpty() ? "" : "  (" + String.join(", ",
            t.technician().skills().stream().map(s -> s.code()).toList()) + ")"));
    assignee.valueProperty().bindBidirectional(vm.assigneeProperty());
    assignee.setPromptText(msg.text("workorder.new.unassigned"));
    TextField start = text("nwoStart", vm.scheduledStartProperty(), "2026-03-14 09:30");
    TextField end = text("nwoEnd", vm.scheduledEndProperty(), "2026-03-14 11:30");

    GridPane form = FieldRow.form(140, 360, Region.USE_COMPUTED_SIZE);
    int row = 0;
    FieldRow.add(form, row++, msg.text("workorder.field.customer"), customerRow, vm.error("customerId"), "nwoCustomerError");
    FieldRow.add(form, row++, msg.text("workorder.field.site"), site, vm.error("siteId"), "nwoSiteError");
    FieldRow.add(form, row++, msg.text("workorder.field.equipment"), equipment, vm.error("equipmentId"), "nwoEquipmentError");
    FieldRow.add(form, row++, msg.text("workorder.field.type"), type, vm.error("type"), "nwoTypeError");
    FieldRow.add(form, row++, msg.text("workorder.field.priority"), priority, vm.error("priority"), "nwoPriorityError");
    FieldRow.add(form, row++, msg.text("workorder.field.problem"), problem, vm.error("problem"), "nwoProblemError");
    FieldRow.add(form, row++, msg.text("dispatch.filter.skill"), skill, vm.error("requiredSkill"), "nwoSkillError");
    FieldRow.add(form, row++, msg.text("workorder.field.assignee"), assignee, vm.error("assigneeId"), "nwoAssigneeError");
    FieldRow.add(form, row++, msg.text("workorder.field.scheduledStart"), start, vm.error("scheduledStart"), "nwoStartError");
    FieldRow.add(form, row++, msg.text("workorder.field.scheduledEnd"), end, vm.error("scheduledEnd"), "nwoEndError");
    Label zone = new Label();
    zone.getStyleClass().add(Styles.MUTED);
    Runnable zoneText = () -> zone.setText(msg.text("workorder.new.zone", vm.zone().getId()));
    vm.siteProperty().addListener((o, a, b) -> zoneText.run());
    zoneText.run();
    form.add(zone, 1, row++);
    Label message = new Label();
    message.setId("nwoMessage");
    message.getStyleClass().add(Styles.FIELD_ERROR);
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    VBox content = new VBox(12, form, message);
    // aligned with the header text above the form
    content.setPadding(new Insets(12, 14, 4, 14));
    // room for a long customer name next to the "New caller…" button
    content.setPrefWidth(680);
    getDialogPane().setContent(content);

    ButtonType createType = new ButtonType(msg.text("workorder.create"), ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().setAll(createType, new ButtonType(msg.text("common.cancel"),
        ButtonBar.ButtonData.CANCEL_CLOSE));
    Button create = (Button) getDialogPane().lookupButton(createType);
    create.setId("nwoCreate");
    create.getStyleClass().add("accent");
    create.disableProperty().bind(vm.busyProperty());
    ((Button) getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(1))).setId("nwoCancel");
    // keep the dialog open: it closes once the work order is recorded
    create.addEventFilter(ActionEvent.ACTION, e -> {
      e.consume();
      vm.create(id -> {
        setResult(id);
        close();
      });
    });
    setResultConverter(b -> null);
    vm.load();
    Platform.runLater(customer::requestFocus);
  }

  private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, Function<T, String> text) {
    return configured(new ComboBox<>(items), id, text);
  }

  private static <T> ComboBox<T> configured(ComboBox<T> c, String id, Function<T, String> text) {
    c.setId(id);
    c.setMaxWidth(Double.MAX_VALUE);
    c.setVisibleRowCount(12);
    c.setConverter(ShownAs.text(text));
    return c;
  }

  private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
    TextField t = new TextField();
    t.setId(id);
    t.setPromptText(prompt);
    t.textProperty().bindBidirectional(value);
    return t;
  }

  /** Opens the form; {@code created} gets the new work order's id once it is recorded. */
  public static void open(Window owner, NewWorkOrderViewModel vm, Consumer<UUID> created) {
    NewWorkOrderDialog d = new NewWorkOrderDialog(owner, vm);
    d.setOnHidden(e -> {
      if (d.getResult() != null) {
        created.accept(d.getResult());
      }
    });
    d.show();
  }
}
