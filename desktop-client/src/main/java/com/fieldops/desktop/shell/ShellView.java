package com.fieldops.desktop.shell;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.theme.ThemeMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The main window: navigation on the left, the current screen in the centre, an offline notice on
 * top when there is one, and the sync status bar always at the bottom. Screens are built on first
 * visit and kept.
 */
public final class ShellView extends BorderPane {
  private final ShellViewModel vm;
  private final Messages msg;
  private final Function<Screen, Node> screens;
  private final Map<Screen, Node> built = new EnumMap<>(Screen.class);
  private final Map<Screen, ToggleButton> navButtons = new EnumMap<>(Screen.class);
  private final StackPane content = new StackPane();
  /** Ctrl+N (Cmd+N): a new work order, from any screen. */
  public static final javafx.scene.input.KeyCombination NEW_WORK_ORDER = new javafx.scene.input.KeyCodeCombination(
      javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
  private Runnable onNewWorkOrder = () -> { };

  public ShellView(ShellViewModel vm, Messages msg, Function<Screen, Node> screens, Node statusBar) {
    this.vm = vm;
    this.msg = msg;
    this.screens = screens;
    setId("shell");
    getStyleClass().add(Styles.CONSOLE);

    FontIcon logo = new FontIcon(MaterialDesignT.TRUCK_FAST_OUTLINE);
    logo.setIconSize(22);
    Label app = new Label(msg.text("app.name"), logo);
    app.getStyleClass().add("fo-app-title");
    Button newWorkOrder = new Button(msg.text("nav.newWorkOrder"), new FontIcon(MaterialDesignP.PLUS));
    newWorkOrder.setId("newWorkOrder");
    newWorkOrder.getStyleClass().addAll("accent", "fo-new-button");
    newWorkOrder.setMaxWidth(Double.MAX_VALUE);
    newWorkOrder.setTooltip(new Tooltip(msg.text("nav.newWorkOrder") + "  (" + NEW_WORK_ORDER.getDisplayText() + ")"));
    newWorkOrder.setOnAction(e -> onNewWorkOrder.run());
    VBox.setMargin(newWorkOrder, new Insets(8, 0, 8, 0));
    VBox nav = new VBox(app, newWorkOrder);
    nav.getStyleClass().add(Styles.NAV);
    nav.setId("navigation");
    ToggleGroup group = new ToggleGroup();
    for (Screen s : Screen.values()) {
      ToggleButton b = new ToggleButton(msg.text(s.titleKey()), new FontIcon(s.icon()));
      b.setId("nav-" + s.name());
      b.getStyleClass().addAll(Styles.NAV_BUTTON, "flat");
      b.setToggleGroup(group);
      b.setTooltip(new Tooltip(msg.text(s.titleKey())
          + (s.shortcut() == null ? "" : "  (" + s.shortcut().getDisplayText() + ")")));
      b.setOnAction(e -> {
        vm.screenProperty().set(s);
        b.setSelected(true);
      });
      if (s.adminOnly()) {
        b.visibleProperty().bind(vm.adminProperty());
        b.managedProperty().bind(b.visibleProperty());
      }
      navButtons.put(s, b);
      nav.getChildren().add(b);
    }
    Region grow = new Region();
    VBox.setVgrow(grow, Priority.ALWAYS);
    Label user = new Label();
    user.textProperty().bind(vm.userTextProperty());
    user.getStyleClass().add(Styles.MUTED);
    user.setWrapText(true);
    Button theme = new Button();
    theme.setId("themeToggle");
    theme.getStyleClass().addAll("flat", Styles.NAV_BUTTON);
    Runnable themeText = () -> {
      boolean dark = vm.themeProperty().get() == ThemeMode.DARK;
      theme.setText(msg.text(dark ? "nav.theme.light" : "nav.theme.dark"));
      theme.setGraphic(new FontIcon(dark ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignT.THEME_LIGHT_DARK));
    };
    vm.themeProperty().addListener((o, a, b) -> themeText.run());
    themeText.run();
    theme.setOnAction(e -> vm.toggleTheme());
    Button help = new Button(msg.text("nav.shortcuts"), new FontIcon(MaterialDesignK.KEYBOARD_OUTLINE));
    help.setId("shortcutsHelp");
    help.getStyleClass().addAll("flat", Styles.NAV_BUTTON);
    help.setOnAction(e -> showShortcuts());
    nav.getChildren().addAll(grow, theme, help, user);
    nav.setPadding(new Insets(12, 8, 12, 8));

    Label notice = new Label();
    notice.setId("offlineNotice");
    notice.textProperty().bind(vm.noticeProperty());
    notice.setWrapText(true);
    notice.setGraphic(new FontIcon(MaterialDesignC.CLOUD_OFF_OUTLINE));
    notice.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(notice, Priority.ALWAYS);
    Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
    close.setId("offlineNoticeClose");
    close.getStyleClass().addAll("flat", "button-icon");
    close.setOnAction(e -> vm.dismissNotice());
    HBox banner = new HBox(8, notice, close);
    banner.setAlignment(Pos.CENTER_LEFT);
    banner.getStyleClass().add(Styles.BANNER);
    banner.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
    banner.managedProperty().bind(banner.visibleProperty());
    BorderPane.setMargin(banner, new Insets(8, 12, 0, 12));

    BorderPane centre = new BorderPane(content);
    centre.setTop(banner);
    setLeft(nav);
    setCenter(centre);
    setBottom(statusBar);
    vm.screenProperty().addListener((o, a, b) -> show(b));
    show(vm.screenProperty().get());
  }

  private void show(Screen s) {
    Node n = built.computeIfAbsent(s, screens);
    content.getChildren().setAll(n);
    navButtons.get(s).setSelected(true);
  }

  public void setOnNewWorkOrder(Runnable action) {
    this.onNewWorkOrder = action == null ? () -> { } : action;
  }

  public Node screenNode(Screen s) {
    return built.get(s);
  }

  public void showShortcuts() {
    Alert a = new Alert(Alert.AlertType.INFORMATION);
    a.initOwner(getScene().getWindow());
    a.setTitle(msg.text("shortcuts.title"));
    a.setHeaderText(msg.text("shortcuts.title"));
    a.setContentText(msg.text("shortcuts.text") + "\n" + msg.text("shortcuts.admin"));
    a.getDialogPane().getStylesheets().add(ThemeMode.CONSOLE_CSS);
    a.show();
  }
}
