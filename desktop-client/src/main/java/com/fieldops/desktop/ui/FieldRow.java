package com.fieldops.desktop.ui;

import com.fieldops.desktop.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A form grid, and its "label | input + its validation message" rows. */
public final class FieldRow {
  private FieldRow() {}

  /**
   * An empty form grid: labels in column 0 at least {@code labelMinWidth} wide, inputs in column 1
   * taking the width left, between {@code inputMinWidth} and {@code inputMaxWidth}
   * ({@link Region#USE_COMPUTED_SIZE} for no bound).
   */
  public static GridPane form(double labelMinWidth, double inputMinWidth, double inputMaxWidth) {
    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(labelMinWidth);
    ColumnConstraints inputs = new ColumnConstraints();
    inputs.setHgrow(Priority.ALWAYS);
    inputs.setMinWidth(inputMinWidth);
    inputs.setMaxWidth(inputMaxWidth);
    form.getColumnConstraints().addAll(labels, inputs);
    return form;
  }

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
