package com.fieldops.desktop.admin;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.FieldRow;
import com.fieldops.desktop.ui.Labels;
import com.fieldops.identity.admin.UserAccount;
import com.fieldops.identity.model.Role;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** Users on the left (name, login, role, region, enabled); the chosen or new user's form on the right. */
public final class UsersView extends SplitPane {

  public UsersView(UsersViewModel vm) {
    Messages msg = vm.messages();
    setId("usersView");
    Label title = new Label(msg.text("admin.users.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    Button add = new Button(msg.text("admin.users.new"), new FontIcon(MaterialDesignA.ACCOUNT_PLUS_OUTLINE));
    add.setId("userNew");
    add.setOnAction(e -> vm.startNew());
    Button reload = new Button(null, new FontIcon(MaterialDesignR.REFRESH));
    reload.setId("usersReload");
    reload.getStyleClass().addAll("flat", "button-icon");
    reload.setTooltip(new javafx.scene.control.Tooltip(msg.text("admin.reload")));
    reload.setOnAction(e -> vm.load());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox titleRow = new HBox(8, title, grow, reload, add);
    titleRow.setAlignment(Pos.CENTER_LEFT);

    TableView<UserAccount> table = new TableView<>(vm.users());
    table.setId("usersTable");
    table.setPlaceholder(Labels.muted(msg.text("admin.users.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column(msg.text("admin.users.name"), UserAccount::displayName, 200));
    table.getColumns().add(column(msg.text("admin.users.login"), UserAccount::username, 140));
    table.getColumns().add(column(msg.text("admin.users.role"), u -> vm.roleName(u.role()), 110));
    table.getColumns().add(column(msg.text("admin.users.region"), u -> u.region() == null ? "" : u.region(), 100));
    table.getColumns().add(column(msg.text("admin.users.enabled"),
        u -> msg.text(u.disabled() ? "admin.users.state.disabled" : "admin.users.state.enabled"), 90));
    table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
      @Override
      protected void updateItem(UserAccount u, boolean empty) {
        super.updateItem(u, empty);
        getStyleClass().remove(Styles.MUTED);
        if (!empty && u != null && u.disabled()) {
          getStyleClass().add(Styles.MUTED);
        }
      }
    });
    table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null && (vm.selectedProperty().get() == null || !vm.selectedProperty().get().id().equals(b.id()))) {
        vm.selectedProperty().set(b);
      }
    });
    vm.selectedProperty().addListener((o, a, b) -> {
      if (b == null) {
        table.getSelectionModel().clearSelection();
      } else if (table.getSelectionModel().getSelectedItem() == null
          || !table.getSelectionModel().getSelectedItem().id().equals(b.id())) {
        table.getSelectionModel().select(b);
      }
    });
    VBox.setVgrow(table, Priority.ALWAYS);
    Label seal = new Label();
    seal.setId("adminSealNotice");
    seal.setWrapText(true);
    seal.textProperty().bind(vm.sealProperty());
    seal.visibleProperty().bind(vm.sealProperty().isNotEmpty());
    seal.managedProperty().bind(seal.visibleProperty());
    vm.sealSelfSignedProperty().addListener((o, a, selfSigned) -> {
      seal.getStyleClass().removeAll(Styles.BANNER, Styles.MUTED);
      seal.getStyleClass().add(selfSigned ? Styles.BANNER : Styles.MUTED);
    });
    VBox left = new VBox(8, titleRow, seal, table);
    left.setPadding(new Insets(12));
    left.setMinWidth(420);

    getItems().addAll(left, form(vm, msg));
    setDividerPositions(0.55);
    // the list is read again every few seconds only while this screen is the one shown
    sceneProperty().addListener((o, a, b) -> vm.watch(b != null));
  }

  /**
   * Asks {@code c} in a dialog naming the user; true only when the administrator confirms. The dialog's
   * panes and buttons carry ids ({@code idPrefix}, {@code idPrefix + "Ok"}, {@code idPrefix + "Cancel"}).
   */
  static boolean confirmed(javafx.scene.Node owner, UsersViewModel.Confirmation c, String idPrefix, Messages msg) {
    javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(c.confirm(),
        javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    javafx.scene.control.ButtonType cancel = new javafx.scene.control.ButtonType(msg.text("common.cancel"),
        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
        c.detail(), ok, cancel);
    if (owner.getScene() != null) {
      alert.initOwner(owner.getScene().getWindow());
    }
    alert.setTitle(c.title());
    alert.setHeaderText(c.question());
    alert.getDialogPane().setId(idPrefix);
    alert.getDialogPane().getStylesheets().add(com.fieldops.desktop.theme.ThemeMode.CONSOLE_CSS);
    alert.getDialogPane().lookupButton(ok).setId(idPrefix + "Ok");
    alert.getDialogPane().lookupButton(cancel).setId(idPrefix + "Cancel");
    // the safe answer is the default: Enter does not lock anyone out
    ((Button) alert.getDialogPane().lookupButton(ok)).setDefaultButton(false);
    ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
    return alert.showAndWait().orElse(cancel) == ok;
  }

  private static TableColumn<UserAccount, String> column(String title, Function<UserAccount, String> value, double width) {
    TableColumn<UserAccount, String> c = new TableColumn<>(title);
    c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private static ScrollPane form(UsersViewModel vm, Messages msg) {
    Label heading = new Label();
    heading.setId("userFormTitle");
    heading.getStyleClass().add(Styles.SECTION_TITLE);
    heading.textProperty().bind(Bindings.createStringBinding(() -> vm.creatingProperty().get()
        ? msg.text("admin.users.new") : vm.selectedProperty().get() == null ? msg.text("admin.users.select")
        : vm.selectedProperty().get().displayName(), vm.creatingProperty(), vm.selectedProperty()));

    GridPane grid = FieldRow.form(130, 260, 420);
    TextField login = new TextField();
    login.setId("user-username");
    login.setPromptText("li.wei");
    login.textProperty().bindBidirectional(vm.usernameProperty());
    login.editableProperty().bind(vm.creatingProperty());
    FieldRow.add(grid, 0, msg.text("admin.users.login"), login, vm.error("username"), "user-username-error");
    TextField name = new TextField();
    name.setId("user-displayName");
    name.textProperty().bindBidirectional(vm.displayNameProperty());
    name.editableProperty().bind(vm.creatingProperty());
    FieldRow.add(grid, 1, msg.text("admin.users.name"), name, vm.error("displayName"), "user-displayName-error");
    ComboBox<Role> role = new ComboBox<>();
    role.setId("user-role");
    role.getItems().setAll(UsersViewModel.roles());
    role.setConverter(converter(vm::roleName));
    role.valueProperty().bindBidirectional(vm.roleProperty());
    FieldRow.add(grid, 2, msg.text("admin.users.role"), role, vm.error("role"), "user-role-error");
    ComboBox<String> region = new ComboBox<>(vm.regions());
    region.setId("user-region");
    region.setEditable(true);
    region.setPromptText(msg.text("admin.users.region.prompt"));
    region.getEditor().textProperty().bindBidirectional(vm.regionProperty());
    FieldRow.add(grid, 3, msg.text("admin.users.region"), region, vm.error("region"), "user-region-error");
    ComboBox<UUID> technician = new ComboBox<>();
    technician.setId("user-technician");
    Runnable technicianChoices = () -> {
      // no null item (a combo shows it as an empty row): no technician is the empty choice
      java.util.List<UUID> ids = new java.util.ArrayList<>();
      vm.technicians().forEach(t -> ids.add(t.technician().id()));
      technician.getItems().setAll(ids);
      technician.setValue(vm.technicianIdProperty().get());
    };
    vm.technicians().addListener((javafx.collections.ListChangeListener<Object>) c -> technicianChoices.run());
    technician.setPromptText(msg.text("admin.users.technician.none"));
    technician.setConverter(converter(id -> id == null ? "" : vm.technicianName(id)));
    technician.valueProperty().bindBidirectional(vm.technicianIdProperty());
    technician.disableProperty().bind(vm.roleProperty().isNotEqualTo(Role.TECHNICIAN));
    FieldRow.add(grid, 4, msg.text("admin.users.technician"), technician, vm.error("technicianId"),
        "user-technician-error");
    Label passwordError = new Label();
    passwordError.setId("user-password-error");
    passwordError.getStyleClass().add(Styles.FIELD_ERROR);
    passwordError.textProperty().bind(vm.error("password"));

    Button save = new Button(msg.text("common.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
    save.setId("userSave");
    save.getStyleClass().add("accent");
    save.disableProperty().bind(vm.busyProperty().or(vm.creatingProperty().not().and(vm.selectedProperty().isNull())));
    save.setOnAction(e -> vm.save());
    Button toggle = new Button();
    toggle.setId("userToggleEnabled");
    toggle.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() != null
        && vm.selectedProperty().get().disabled() ? msg.text("admin.users.enable") : msg.text("admin.users.disable"),
        vm.selectedProperty()));
    toggle.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
    toggle.setOnAction(e -> {
      if (vm.confirmToggle().map(c -> confirmed(toggle, c, "userConfirmDisable", msg)).orElse(true)) {
        vm.toggleEnabled();
      }
    });
    Button reset = new Button(msg.text("admin.users.resetPassword"), new FontIcon(MaterialDesignK.KEY_VARIANT));
    reset.setId("userResetPassword");
    reset.disableProperty().bind(vm.busyProperty().or(vm.selectedProperty().isNull()));
    reset.setOnAction(e -> {
      if (vm.confirmReset().map(c -> confirmed(reset, c, "userConfirmReset", msg)).orElse(false)) {
        vm.resetPassword();
      }
    });
    HBox buttons = new HBox(8, save, toggle, reset);
    buttons.setAlignment(Pos.CENTER_LEFT);

    Label notice = new Label();
    notice.setId("userNotice");
    notice.setWrapText(true);
    notice.textProperty().bind(vm.noticeProperty());
    notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
    notice.managedProperty().bind(notice.visibleProperty());
    TextField password = new TextField();
    password.setId("userOneTimePassword");
    password.setEditable(false);
    password.setStyle("-fx-font-family: monospace; -fx-font-size: 1.3em;");
    password.textProperty().bind(vm.oneTimePasswordProperty());
    HBox.setHgrow(password, Priority.ALWAYS);
    Button copy = new Button(msg.text("admin.users.copy"), new FontIcon(MaterialDesignC.CONTENT_COPY));
    copy.setId("userCopyPassword");
    copy.setOnAction(e -> {
      ClipboardContent c = new ClipboardContent();
      c.putString(vm.oneTimePasswordProperty().get());
      Clipboard.getSystemClipboard().setContent(c);
    });
    HBox passwordRow = new HBox(8, password, copy);
    passwordRow.setId("userOneTimePasswordRow");
    passwordRow.setAlignment(Pos.CENTER_LEFT);
    passwordRow.visibleProperty().bind(vm.oneTimePasswordProperty().isNotEmpty());
    passwordRow.managedProperty().bind(passwordRow.visibleProperty());
    passwordRow.getStyleClass().add(Styles.BANNER);
    Label message = new Label();
    message.setId("userMessage");
    message.getStyleClass().add(Styles.FIELD_ERROR);
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    Label hint = new Label(msg.text("admin.users.hint"));
    hint.getStyleClass().add(Styles.MUTED);
    hint.setWrapText(true);

    VBox box = new VBox(12, heading, grid, passwordError, buttons, notice, passwordRow, message, hint);
    box.setPadding(new Insets(16));
    box.disableProperty().bind(vm.creatingProperty().not().and(vm.selectedProperty().isNull()));
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    return scroll;
  }

  private static <T> StringConverter<T> converter(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T v) {
        return text.apply(v);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}
