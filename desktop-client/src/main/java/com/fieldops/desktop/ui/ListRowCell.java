package com.fieldops.desktop.ui;

import com.fieldops.desktop.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A list row of a few lines, the first optionally emphasised, the last muted. One label a line
 * rather than one text with line breaks: a label measures its height in its own font, and a line
 * drawn in a fallback font (Chinese next to Latin) would otherwise be cut off at the bottom.
 */
public final class ListRowCell<T> extends ListCell<T> {
  private final Function<T, String> idOf;
  private final List<Function<T, String>> lines;
  private final List<Label> labels;
  private final VBox box = new VBox();

  /**
   * @param idOf       the row's node id (for tests and accessibility), or null for none
   * @param firstStyle a style class for the first line, or null
   * @param lines      each line's text
   */
  public ListRowCell(Function<T, String> idOf, String firstStyle, List<Function<T, String>> lines) {
    this.idOf = idOf;
    this.lines = List.copyOf(lines);
    this.labels = lines.stream().map(l -> new Label()).toList();
    if (firstStyle != null) {
      labels.get(0).getStyleClass().add(firstStyle);
    }
    if (labels.size() > 1) {
      labels.get(labels.size() - 1).getStyleClass().add(Styles.MUTED);
    }
    box.getChildren().setAll(labels);
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
      setId(null);
      return;
    }
    if (idOf != null) {
      setId(idOf.apply(item));
    }
    for (int i = 0; i < labels.size(); i++) {
      String text = lines.get(i).apply(item);
      labels.get(i).setText(text == null ? "" : text);
    }
    setGraphic(box);
  }
}
