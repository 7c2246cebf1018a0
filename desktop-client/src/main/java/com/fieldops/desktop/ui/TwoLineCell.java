package com.fieldops.desktop.ui;

import com.fieldops.desktop.theme.Styles;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A list row of a name and a muted line under it. Two labels rather than one text with a line
 * break: a label measures its height with its own font, and a second line drawn in a fallback font
 * (Chinese next to Latin) would otherwise be cut off at the bottom.
 */
public final class TwoLineCell<T> extends ListCell<T> {
  private final Function<T, String> first;
  private final Function<T, String> second;
  private final Label top = new Label();
  private final Label bottom = new Label();
  private final VBox box = new VBox(2, top, bottom);

  public TwoLineCell(Function<T, String> first, Function<T, String> second) {
    this.first = first;
    this.second = second;
    bottom.getStyleClass().add(Styles.MUTED);
    box.getStyleClass().add("fo-list-row");
    box.setMinWidth(0);
    box.setPrefWidth(0);
    setPrefWidth(0);
  }

  @Override
  protected void updateItem(T item, boolean empty) {
    super.updateItem(item, empty);
    setText(null);
    if (empty || item == null) {
      setGraphic(null);
      return;
    }
    top.setText(first.apply(item));
    bottom.setText(second.apply(item));
    setGraphic(box);
  }
}
