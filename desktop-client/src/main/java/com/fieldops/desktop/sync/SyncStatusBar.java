package com.fieldops.desktop.sync;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.replica.RejectedMutation;
import com.fieldops.replica.SyncStatus.Connectivity;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The bottom bar: connectivity, pending count, last sync, and a toggle that unfolds the rejected
 * changes (reason + open / retry / dismiss) above the bar, inside the window.
 */
public final class SyncStatusBar extends VBox {
  public static final String ID = "syncStatusBar";

  public SyncStatusBar(SyncStatusViewModel vm, Messages msg) {
    setId(ID);
    Label connectivity = new Label();
    connectivity.setId("syncConnectivity");
    connectivity.textProperty().bind(vm.connectivityTextProperty());
    FontIcon connIcon = new FontIcon();
    connectivity.setGraphic(connIcon);
    Runnable styleConn = () -> {
      Connectivity c = vm.connectivityProperty().get();
      connectivity.getStyleClass().removeAll(Styles.ONLINE, Styles.OFFLINE);
      connectivity.getStyleClass().add(c == Connectivity.ONLINE ? Styles.ONLINE : Styles.OFFLINE);
      connIcon.setIconCode(c == Connectivity.ONLINE ? MaterialDesignC.CLOUD_CHECK_OUTLINE
          : c == Connectivity.OFFLINE ? MaterialDesignC.CLOUD_OFF_OUTLINE : MaterialDesignA.ACCOUNT_OFF_OUTLINE);
    };
    vm.connectivityProperty().addListener((o, a, b) -> styleConn.run());
    styleConn.run();

    Label pending = new Label();
    pending.setId("syncPending");
    pending.textProperty().bind(vm.pendingTextProperty());
    pending.setGraphic(new FontIcon(MaterialDesignU.UPLOAD_OUTLINE));

    Label lastSync = new Label();
    lastSync.setId("syncLast");
    lastSync.textProperty().bind(vm.lastSyncTextProperty());
    lastSync.setGraphic(new FontIcon(MaterialDesignS.SYNC));

    Label problem = new Label();
    problem.getStyleClass().add(Styles.MUTED);
    problem.textProperty().bind(vm.problemTextProperty());
    problem.setMinWidth(0);

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    Button syncNow = new Button(msg.text("status.syncNow"), new FontIcon(MaterialDesignS.SYNC));
    syncNow.setId("syncNow");
    syncNow.getStyleClass().addAll("flat", "small");
    syncNow.setOnAction(e -> vm.syncNow());

    ToggleButton rejectedToggle = new ToggleButton();
    rejectedToggle.setId("syncRejectedToggle");
    rejectedToggle.textProperty().bind(vm.rejectedTextProperty());
    rejectedToggle.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
    rejectedToggle.getStyleClass().addAll(Styles.REJECTED, "small");
    rejectedToggle.visibleProperty().bind(Bindings.isNotEmpty(vm.rejected()));
    rejectedToggle.managedProperty().bind(rejectedToggle.visibleProperty());

    HBox bar = new HBox(connectivity, pending, lastSync, problem, spacer, rejectedToggle, syncNow);
    bar.getStyleClass().add(Styles.STATUS_BAR);
    bar.setAlignment(Pos.CENTER_LEFT);

    VBox rejectedPanel = new VBox(6);
    rejectedPanel.setId("rejectedPanel");
    rejectedPanel.getStyleClass().add(Styles.CARD);
    rejectedPanel.setPadding(new Insets(10, 12, 10, 12));
    Label actionMessage = new Label();
    actionMessage.textProperty().bind(vm.actionMessageProperty());
    actionMessage.getStyleClass().add(Styles.MUTED);
    VBox rows = new VBox(6);
    ScrollPane scroll = new ScrollPane(rows);
    scroll.setFitToWidth(true);
    scroll.setMaxHeight(200);
    scroll.prefViewportHeightProperty().bind(Bindings.min(180, Bindings.size(vm.rejected()).multiply(52)));
    Label title = new Label(msg.text("status.rejected.title"));
    title.getStyleClass().add(Styles.SECTION_TITLE);
    rejectedPanel.getChildren().addAll(title, scroll, actionMessage);
    Runnable rebuild = () -> {
      rows.getChildren().clear();
      for (RejectedMutation r : vm.rejected()) {
        rows.getChildren().add(row(vm, msg, r));
      }
      if (vm.rejected().isEmpty()) {
        rejectedToggle.setSelected(false);
      }
    };
    vm.rejected().addListener((ListChangeListener<RejectedMutation>) c -> rebuild.run());
    rebuild.run();
    rejectedPanel.visibleProperty().bind(rejectedToggle.selectedProperty());
    rejectedPanel.managedProperty().bind(rejectedPanel.visibleProperty());
    VBox.setMargin(rejectedPanel, new Insets(0, 8, 6, 8));

    getChildren().addAll(rejectedPanel, bar);
  }

  private static HBox row(SyncStatusViewModel vm, Messages msg, RejectedMutation r) {
    Label action = new Label(r.action());
    action.setStyle("-fx-font-weight: bold;");
    action.setWrapText(true);
    Label reason = new Label(vm.reasonText(r));
    reason.getStyleClass().add(Styles.FIELD_ERROR);
    reason.setWrapText(true);
    VBox text = new VBox(2, action, reason);
    text.setMinWidth(0);
    HBox.setHgrow(text, Priority.ALWAYS);
    Button open = new Button(msg.text("status.rejected.open"));
    open.getStyleClass().add("small");
    open.setOnAction(e -> vm.open(r));
    Button retry = new Button(msg.text("status.rejected.retry"));
    retry.getStyleClass().add("small");
    retry.setOnAction(e -> vm.retry(r));
    Button dismiss = new Button(msg.text("status.rejected.dismiss"));
    dismiss.getStyleClass().addAll("small", "flat");
    dismiss.setOnAction(e -> vm.dismiss(r));
    HBox row = new HBox(8, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE), text, open, retry, dismiss);
    row.setAlignment(Pos.CENTER_LEFT);
    row.getStyleClass().add("fo-rejected-row");
    return row;
  }
}
