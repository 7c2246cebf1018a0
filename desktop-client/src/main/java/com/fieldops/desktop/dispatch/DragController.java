package com.fieldops.desktop.dispatch;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Drag a job (from the queue or a timeline block) onto a technician's row at a time. Done with
 * plain mouse events and a ghost label in an overlay, not the platform drag-and-drop, so it
 * behaves the same on every desktop and in headless tests. The ghost shows where it would land.
 */
final class DragController {
  private static final double THRESHOLD = 6;

  private final Pane overlay;
  private final Label ghost = new Label();
  private final BiConsumer<UUID, TimelineView.Hit> onDrop;
  private final Consumer<UUID> onOpen;
  private TimelineView timeline;
  private UUID dragging;
  private Point2D pressedAt;
  private boolean active;
  private final DateTimeFormatter time;
  private final java.time.ZoneId zone;

  DragController(Pane overlay, BiConsumer<UUID, TimelineView.Hit> onDrop, Consumer<UUID> onOpen,
      java.util.Locale locale, java.time.ZoneId zone) {
    this.overlay = overlay;
    this.onDrop = onDrop;
    this.onOpen = onOpen;
    this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    this.zone = zone;
    ghost.setId("dragGhost");
    ghost.getStyleClass().addAll("fo-job-block");
    ghost.setStyle("-fx-text-fill: -color-fg-emphasis; -fx-opacity: 0.9; -fx-padding: 4 8 4 8;");
    ghost.setGraphic(new FontIcon(MaterialDesignC.CURSOR_MOVE));
    ghost.setMouseTransparent(true);
    ghost.setManaged(false);
    ghost.setVisible(false);
    overlay.getChildren().add(ghost);
    overlay.setPickOnBounds(false);
  }

  void timeline(TimelineView t) {
    this.timeline = t;
  }

  void open(UUID id) {
    onOpen.accept(id);
  }

  void install(Node source, Supplier<UUID> id, Supplier<String> label) {
    source.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      if (e.isPrimaryButtonDown()) {
        dragging = id.get();
        pressedAt = new Point2D(e.getSceneX(), e.getSceneY());
        active = false;
      }
    });
    source.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      if (dragging == null || pressedAt == null) {
        return;
      }
      if (!active && pressedAt.distance(e.getSceneX(), e.getSceneY()) < THRESHOLD) {
        return;
      }
      active = true;
      TimelineView.Hit hit = timeline == null ? null : timeline.hit(e.getSceneX(), e.getSceneY());
      timeline.highlight(hit);
      String where = hit == null ? "" : "  →  " + hit.lane().name() + " "
          + time.format(DispatchBoardViewModel.snap(hit.at()).atZone(zone));
      ghost.setText(label.get() + where);
      ghost.autosize();
      Point2D p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
      ghost.relocate(p.getX() + 12, p.getY() + 8);
      ghost.setVisible(true);
      ghost.toFront();
      e.consume();
    });
    source.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
      UUID job = dragging;
      boolean wasActive = active;
      dragging = null;
      pressedAt = null;
      active = false;
      ghost.setVisible(false);
      if (timeline != null) {
        timeline.highlight(null);
      }
      if (job != null && wasActive && timeline != null) {
        TimelineView.Hit hit = timeline.hit(e.getSceneX(), e.getSceneY());
        if (hit != null) {
          e.consume();
          onDrop.accept(job, hit);
        }
      }
    });
  }
}
