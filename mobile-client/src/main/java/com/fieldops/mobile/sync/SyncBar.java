package com.fieldops.mobile.sync;

import com.fieldops.client.text.Messages;
import com.fieldops.mobile.ui.Ui;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sync line on top of every screen; dark amber while there is no signal. */
public final class SyncBar extends HBox {
  public SyncBar(SyncBarViewModel vm, Messages msg) {
    setId("syncBar");
    getStyleClass().add("sync-bar");
    FontIcon icon = new FontIcon("mdi2c-cloud-check-outline");
    Label connection = Ui.bound(vm.connectionProperty());
    connection.setId("syncConnection");
    connection.setStyle("-fx-font-weight: bold;");
    Label detail = Ui.bound(vm.detailProperty());
    detail.setId("syncDetail");
    Label arriving = Ui.note(vm.scopeArrivingProperty());
    arriving.setId("syncScopeArriving");
    arriving.setWrapText(true);
    VBox words = new VBox(0, connection, detail, arriving);
    HBox.setHgrow(words, Priority.ALWAYS);
    Button now = Ui.button("", "mdi2s-sync", vm::syncNow);
    now.setId("syncNow");
    now.setAccessibleText(msg.text("sync.now"));
    getChildren().addAll(icon, words, now);
    setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    vm.offlineProperty().addListener((o, a, off) -> style(icon, off));
    style(icon, vm.offlineProperty().get());
  }

  private void style(FontIcon icon, boolean off) {
    getStyleClass().remove("offline");
    if (off) {
      getStyleClass().add("offline");
    }
    icon.setIconLiteral(off ? "mdi2c-cloud-off-outline" : "mdi2c-cloud-check-outline");
  }
}
