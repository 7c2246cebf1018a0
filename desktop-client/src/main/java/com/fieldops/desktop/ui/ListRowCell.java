package com.fieldops.desktop.ui;

import com.fieldops.desktop.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A list row of a few lines: the first optionally emphasised, the lines from {@code mutedFrom} on
 * muted. One label a line rather than one text with line breaks: a label measures its height in
 * its own font, and a line drawn in a fallback font (Chinese next to Latin) or a second line of a
 * wrapping text would otherwise be cut off at the bottom.
 */
public final class ListRowCell<T> extends ListCell<T> {
  /** Room kept for the list's vertical scroll bar, so a row's height does not change when it shows. */
  private static final double SCROLL_BAR_ROOM = 28;

  private final Function<T, String> idOf;
  private final String firstStyle;
  private final int mutedFrom;
  private final Function<T, List<String>> linesOf;
  private final boolean wrap;
  private final List<Label> labels = new ArrayList<>();
  private final VBox box = new VBox();
  private final DoubleBinding lineWidth;

  /**
   * @param idOf       the row's node id (for tests and accessibility), or null for none
   * @param firstStyle a style class for the first line, or null
   * @param mutedFrom  the index of the first muted line
   * @param linesOf    the row's lines
   * @param wrap       long lines wrap (else they end in "…")
   */
  public ListRowCell(Function<T, String> idOf, String firstStyle, int mutedFrom, Function<T, List<String>> linesOf,
      boolean wrap) {
    this.idOf = idOf;
    this.firstStyle = firstStyle;
    this.mutedFrom = mutedFrom;
    this.linesOf = linesOf;
    this.wrap = wrap;
    this.lineWidth = Bindings.selectDouble(listViewProperty(), "width").subtract(SCROLL_BAR_ROOM);
    box.getStyleClass().add("fo-list-row");
    box.setMinWidth(0);
    box.setPrefWidth(0);
    setPrefWidth(0);
  }

  /** A row of fixed lines, one function each; the last of two or more is muted. */
  public static <T> ListRowCell<T> of(Function<T, String> idOf, String firstStyle, List<Function<T, String>> lines) {
    List<Function<T, String>> fixed = List.copyOf(lines);
    return new ListRowCell<>(idOf, firstStyle, fixed.size() > 1 ? fixed.size() - 1 : fixed.size(),
        item -> fixed.stream().map(f -> f.apply(item)).toList(), false);
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
    List<String> lines = linesOf.apply(item);
    while (labels.size() < lines.size()) {
      labels.add(newLine(labels.size()));
    }
    for (int i = 0; i < lines.size(); i++) {
      labels.get(i).setText(lines.get(i) == null ? "" : lines.get(i));
    }
    box.getChildren().setAll(labels.subList(0, lines.size()));
    setGraphic(box);
  }

  private Label newLine(int index) {
    Label l = new Label();
    if (index == 0 && firstStyle != null) {
      l.getStyleClass().add(firstStyle);
    }
    if (index >= mutedFrom) {
      l.getStyleClass().add(Styles.MUTED);
    }
    if (wrap) {
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE);
      l.maxWidthProperty().bind(lineWidth);
    }
    return l;
  }
}
