package com.fieldops.desktop.ui;

import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Table columns of the console's lists: text, and whole numbers aligned right; none narrower than its heading. */
public final class Columns {
  /** Room beside a heading's text: the header cell's padding and the sort arrow. */
  private static final double HEADING_ROOM = 24;

  private Columns() {}

  /** A text column; a text too long for its cell reads in full in the cell's tooltip. */
  public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
    TableColumn<T, String> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
    c.setCellFactory(column -> new TableCell<>() {
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
      }
    });
    c.setPrefWidth(width);
    keepHeading(c);
    return c;
  }

  /**
   * A right-aligned count. A table that fits its columns to its width shrinks them, and a count's
   * heading ("On hand", "Available") is what says which number is which: it is never cut to "On ha…".
   */
  public static <T> TableColumn<T, Integer> number(String title, ToIntFunction<T> value, double width) {
    TableColumn<T, Integer> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.applyAsInt(x.getValue())));
    c.setPrefWidth(width);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    keepHeading(c);
    return c;
  }

  /** Makes the column at least as wide as its heading in the header's (bold) font. */
  public static void keepHeading(TableColumn<?, ?> c) {
    Text heading = new Text(c.getText());
    Font font = Font.getDefault();
    heading.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
    double needed = Math.ceil(heading.getLayoutBounds().getWidth()) + HEADING_ROOM;
    c.setMinWidth(needed);
    c.setPrefWidth(Math.max(c.getPrefWidth(), needed));
  }
}
