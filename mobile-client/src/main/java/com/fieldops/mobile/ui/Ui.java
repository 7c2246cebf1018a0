package com.fieldops.mobile.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The phone's building blocks: wrapping labels, big buttons, a message under its field. */
public final class Ui {
  private Ui() {}

  public static Label text(String s, String... classes) {
    Label l = new Label(s);
    l.setWrapText(true);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    l.getStyleClass().addAll(classes);
    return l;
  }

  public static Label bound(ObservableValue<String> value, String... classes) {
    Label l = text("", classes);
    l.textProperty().bind(value);
    return l;
  }

  /** A red message that takes no room while empty. */
  public static Label fieldMessage(ObservableValue<String> value) {
    Label l = bound(value, "field-message");
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  /** A neutral line that takes no room while empty. */
  public static Label note(ObservableValue<String> value, String... classes) {
    Label l = bound(value, classes);
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  /** A full-width button at least 64 px high, with an icon. */
  public static Button bigButton(String text, String icon, Runnable action) {
    Button b = new Button(text);
    if (icon != null) {
      b.setGraphic(new FontIcon(icon));
    }
    b.getStyleClass().add("big-action");
    b.setMaxWidth(Double.MAX_VALUE);
    b.setWrapText(true);
    b.setOnAction(e -> action.run());
    return b;
  }

  public static Button button(String text, String icon, Runnable action) {
    Button b = new Button(text);
    if (icon != null) {
      b.setGraphic(new FontIcon(icon));
    }
    b.setOnAction(e -> action.run());
    b.setMinWidth(52);
    return b;
  }

  public static VBox column(Node... nodes) {
    VBox box = new VBox(8, nodes);
    box.setFillWidth(true);
    return box;
  }

  public static void grow(Node n) {
    VBox.setVgrow(n, Priority.ALWAYS);
  }
}
