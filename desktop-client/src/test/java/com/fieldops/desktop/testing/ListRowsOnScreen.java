package com.fieldops.desktop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/** What a person sees of a list's rows: every text inside its row, no row drawn over the next. */
public final class ListRowsOnScreen {
  private ListRowsOnScreen() {}

  public static void assertNeitherClippedNorOverlapping(FxRobot robot, ListView<?> list) {
    List<ListCell<?>> cells = robot.from(list).lookup(".list-cell").queryAll().stream()
        .filter(n -> n instanceof ListCell<?> c && c.isVisible() && !c.isEmpty())
        .<ListCell<?>>map(n -> (ListCell<?>) n)
        .sorted(Comparator.comparingDouble(c -> c.localToScene(c.getLayoutBounds()).getMinY())).toList();
    assertThat(cells).as("rows on screen in %s", list.getId()).hasSizeGreaterThanOrEqualTo(2);
    for (int i = 0; i < cells.size(); i++) {
      ListCell<?> cell = cells.get(i);
      Bounds own = cell.localToScene(cell.getLayoutBounds());
      assertThat(lowestText(cell)).as("%s row %d: every text stays inside the row", list.getId(), i)
          .isLessThanOrEqualTo(own.getMaxY() + 0.5);
      if (i + 1 < cells.size()) {
        ListCell<?> next = cells.get(i + 1);
        assertThat(next.localToScene(next.getLayoutBounds()).getMinY())
            .as("%s row %d starts below the end of row %d", list.getId(), i + 1, i)
            .isGreaterThanOrEqualTo(own.getMaxY() - 0.5);
      }
    }
  }

  /** The lowest scene y that any drawn text under {@code node} reaches (its glyphs, not its label's box). */
  private static double lowestText(Node node) {
    double lowest = node instanceof Text t && t.isVisible() ? t.localToScene(t.getLayoutBounds()).getMaxY() : 0;
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        if (child.isVisible()) {
          lowest = Math.max(lowest, lowestText(child));
        }
      }
    }
    return lowest;
  }
}
