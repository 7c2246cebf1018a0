package com.fieldops.desktop.ui;

import com.fieldops.desktop.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Adds "label | input + its validation message" rows to a form grid. */
public final class FieldRow {
  private FieldRow() {}

  /** Puts the label in column 0 and the input with its message under it in column 1. */
  public static Label add(GridPane grid, int row, String label, Node input, ObservableStringValue error, String errorId) {
    Label l = new Label(label);
    l.setMinWidth(Region.USE_PREF_SIZE);
    if (input instanceof javafx.scene.control.Control c) {
      l.setLabelFor(c);
      c.setMaxWidth(Double.MAX_VALUE);
    }
    Label e = new Label();
    e.setId(errorId);
    e.getStyleClass().add(Styles.FIELD_ERROR);
    e.setWrapText(true);
    if (error != null) {
      e.textProperty().bind(error);
      e.visibleProperty().bind(e.textProperty().isNotEmpty());
      e.managedProperty().bind(e.visibleProperty());
      error.addListener((o, a, b) -> {
        input.getStyleClass().remove(Styles.INVALID);
        if (b != null && !b.isEmpty()) {
          input.getStyleClass().add(Styles.INVALID);
        }
      });
    } else {
      e.setVisible(false);
      e.setManaged(false);
    }
    javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(3, input, e);
    grid.add(l, 0, row);
    grid.add(box, 1, row);
    GridPane.setHgrow(box, Priority.ALWAYS);
    GridPane.setValignment(l, javafx.geometry.VPos.TOP);
    l.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
    return e;
  }
}
