package com.fieldops.desktop.stock;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.TextLists;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Serial lookup: type a serial, Enter or Look up, read where the unit went. */
public final class SerialLookupView extends VBox {
  public SerialLookupView(SerialLookupViewModel vm) {
    Messages msg = vm.messages();
    setId("serialLookupScreen");
    Label title = new Label(msg.text("serials.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    TextField serial = new TextField();
    serial.setId("serialLookupInput");
    serial.setPromptText(msg.text("serials.prompt"));
    serial.setPrefColumnCount(24);
    serial.textProperty().bindBidirectional(vm.serialProperty());
    serial.setOnAction(e -> vm.lookup());
    Button look = new Button(msg.text("serials.lookup"));
    look.setId("serialLookupButton");
    look.getStyleClass().add("accent");
    look.setOnAction(e -> vm.lookup());
    Label summary = new Label();
    summary.setId("serialLookupSummary");
    summary.getStyleClass().add(Styles.MUTED);
    summary.textProperty().bind(vm.summaryProperty());
    ListView<String> steps = TextLists.of(vm.steps(), 400, msg.text("serials.empty"), null, 1);
    steps.setId("serialLookupSteps");
    VBox.setVgrow(steps, Priority.ALWAYS);
    getChildren().addAll(title, new HBox(8, serial, look), summary, steps);
    setSpacing(10);
    setPadding(new Insets(16));
  }
}
