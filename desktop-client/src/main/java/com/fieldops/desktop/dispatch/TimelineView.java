package com.fieldops.desktop.dispatch;

import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.desktop.countdown.Badges;
import com.fieldops.client.dispatch.LaneRows;
import com.fieldops.client.dispatch.TechnicianLane;
import com.fieldops.client.dispatch.TimeAxis;
import com.fieldops.client.dispatch.TimelineScale;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.identity.model.Absence;
import com.fieldops.identity.model.WorkingHours;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * One row per technician, jobs as blocks over their working hours (white) and absences (hatched
 * grey). Jobs can be dragged to another row or time; the drop is handed to the board.
 */
final class TimelineView extends VBox {
  static final double NAME_WIDTH = 180;
  static final double ROW_HEIGHT = 54;
  /** Room above and below the blocks of a lane. */
  static final double BLOCK_INSET = 6;
  /** Between stacked blocks of one lane. */
  static final double SUB_ROW_GAP = 2;
  /** The narrowest a job is drawn (a short one would vanish otherwise). */
  static final double MIN_BLOCK_WIDTH = 6;

  private final DispatchBoardViewModel vm;
  private final Messages msg;
  private final DragController drag;
  private final VBox rows = new VBox();
  private final HBox header = new HBox();
  private final Pane headerTicks = new Pane();
  private final List<LanePane> lanePanes = new ArrayList<>();
  private final Pane nowLineLayer = new Pane();
  private final Label empty;

  TimelineView(DispatchBoardViewModel vm, DragController drag) {
    this.vm = vm;
    this.msg = vm.messages();
    this.drag = drag;
    setId("timeline");
    getStyleClass().add(Styles.TIMELINE);
    Label techName = new Label(msg.text("dispatch.timeline.technician"));
    Label zone = new Label(msg.text("dispatch.timeline.zone", vm.zone().getId()));
    zone.setId("timelineZone");
    zone.getStyleClass().add(Styles.MUTED);
    zone.setStyle("-fx-font-size: 0.85em;");
    VBox techHeader = new VBox(0, techName, zone);
    techHeader.setMinWidth(NAME_WIDTH);
    techHeader.setPrefWidth(NAME_WIDTH);
    techHeader.setMaxWidth(NAME_WIDTH);
    techHeader.setPadding(new Insets(2, 8, 2, 8));
    HBox.setHgrow(headerTicks, Priority.ALWAYS);
    headerTicks.setMinHeight(26);
    headerTicks.setPrefHeight(26);
    header.getChildren().addAll(techHeader, headerTicks);
    header.getStyleClass().add(Styles.TIMELINE_HEADER);
    empty = new Label(msg.text("dispatch.timeline.noTechnicians"));
    empty.getStyleClass().add(Styles.MUTED);
    empty.setPadding(new Insets(24));
    ScrollPane scroll = new ScrollPane(rows);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(header, scroll);
    vm.lanes().addListener((ListChangeListener<TechnicianLane>) c -> rebuild());
    vm.dayProperty().addListener((o, a, b) -> rebuild());
    vm.scaleProperty().addListener((o, a, b) -> rebuild());
    vm.selectedJobProperty().addListener((o, a, b) -> lanePanes.forEach(LanePane::requestLayout));
    vm.nowProperty().addListener((o, a, b) -> lanePanes.forEach(LanePane::requestLayout));
    headerTicks.widthProperty().addListener((o, a, b) -> drawTicks());
    rebuild();
  }

  TimeAxis axis(double width) {
    return new TimeAxis(vm.firstDay(), vm.scaleProperty().get().days(), vm.zone(), Math.max(1, width));
  }

  private void rebuild() {
    lanePanes.clear();
    rows.getChildren().clear();
    if (vm.lanes().isEmpty()) {
      rows.getChildren().add(empty);
    }
    for (TechnicianLane lane : vm.lanes()) {
      Label name = new Label(lane.name());
      name.getStyleClass().add(Styles.TECH_NAME);
      Label sub = new Label(String.join(", ", lane.skills()));
      sub.getStyleClass().add(Styles.MUTED);
      sub.setStyle("-fx-font-size: 0.85em;");
      VBox nameBox = new VBox(0, name, sub);
      nameBox.setAlignment(Pos.CENTER_LEFT);
      nameBox.setPadding(new Insets(2, 8, 2, 8));
      nameBox.setMinWidth(NAME_WIDTH);
      nameBox.setPrefWidth(NAME_WIDTH);
      nameBox.setMaxWidth(NAME_WIDTH);
      nameBox.setId("laneName-" + laneId(lane.name()).substring("lane-".length()));
      // an administrator edits the technician (skills, region, van, hours) from their row
      Tooltip.install(nameBox, new Tooltip(msg.text("dispatch.lane.editHint")));
      nameBox.setOnMouseClicked(e -> {
        if (e.getClickCount() == 2) {
          vm.editTechnician(lane.technicianId());
        }
      });
      LanePane pane = new LanePane(lane);
      HBox.setHgrow(pane, Priority.ALWAYS);
      HBox row = new HBox(nameBox, pane);
      row.setId(laneId(lane.name()));
      row.getStyleClass().add(Styles.TIMELINE_ROW);
      row.setMinHeight(ROW_HEIGHT);
      row.setPrefHeight(ROW_HEIGHT);
      lanePanes.add(pane);
      rows.getChildren().add(row);
    }
    drawTicks();
  }

  private void drawTicks() {
    headerTicks.getChildren().clear();
    TimeAxis axis = axis(headerTicks.getWidth());
    if (vm.scaleProperty().get() == TimelineScale.DAY) {
      for (int h = TimeAxis.FIRST_HOUR + 1; h < TimeAxis.LAST_HOUR; h += 2) {
        double x = axis.x(axis.instant(vm.firstDay(), java.time.LocalTime.of(h, 0)));
        Label l = new Label(String.format("%02d:00", h));
        l.relocate(x + 3, 5);
        Line tick = new Line(x, 16, x, 26);
        tick.getStyleClass().add("fo-tick");
        tick.setStyle("-fx-stroke: -color-border-default;");
        headerTicks.getChildren().addAll(tick, l);
      }
    } else {
      DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM", msg.locale());
      for (int d = 0; d < 7; d++) {
        LocalDate day = vm.firstDay().plusDays(d);
        double x = d * axis.dayWidth();
        Label l = new Label(f.format(day));
        l.relocate(x + 4, 5);
        Line tick = new Line(x, 0, x, 26);
        tick.setStyle("-fx-stroke: -color-border-default;");
        headerTicks.getChildren().addAll(tick, l);
      }
    }
  }

  /** The lane under a scene point, and the instant under it; null if none. */
  Hit hit(double sceneX, double sceneY) {
    for (LanePane p : lanePanes) {
      Bounds b = p.localToScene(p.getBoundsInLocal());
      if (b.contains(sceneX, sceneY)) {
        Point2D local = p.sceneToLocal(sceneX, sceneY);
        return new Hit(p.lane, axis(p.getWidth()).at(local.getX()), p);
      }
    }
    return null;
  }

  record Hit(TechnicianLane lane, Instant at, Node pane) {}

  void highlight(Hit hit) {
    for (LanePane p : lanePanes) {
      Node row = p.getParent();
      row.getStyleClass().remove(Styles.DROP_TARGET);
      if (hit != null && hit.pane() == p) {
        row.getStyleClass().add(Styles.DROP_TARGET);
      }
    }
  }

  /** The blocks of one technician, laid out from their instants on each layout pass. */
  final class LanePane extends Pane {
    final TechnicianLane lane;
    private final List<Region> hours = new ArrayList<>();
    private final List<Region> absences = new ArrayList<>();
    private final List<JobBlock> blocks = new ArrayList<>();

    LanePane(TechnicianLane lane) {
      this.lane = lane;
      setMinHeight(ROW_HEIGHT);
      setMinWidth(100);
      for (int d = 0; d < vm.scaleProperty().get().days(); d++) {
        LocalDate day = vm.firstDay().plusDays(d);
        for (WorkingHours wh : lane.hoursOn(day)) {
          Region r = new Region();
          r.setUserData(new Instant[] {day.atTime(wh.start()).atZone(lane.zone()).toInstant(),
              day.atTime(wh.end()).atZone(lane.zone()).toInstant()});
          r.setStyle("-fx-background-color: -fo-hours;");
          r.setMouseTransparent(true);
          hours.add(r);
        }
        Absence a = lane.absenceOn(day);
        if (a != null) {
          Label l = new Label(msg.text("dispatch.timeline.absent") + " · " + msg.text("absence." + a.kind().name()),
              new FontIcon(MaterialDesignA.AIRPLANE));
          StackPane r = new StackPane(l);
          r.getStyleClass().add(Styles.ABSENCE);
          r.setUserData(new Instant[] {day.atStartOfDay(lane.zone()).toInstant(),
              day.plusDays(1).atStartOfDay(lane.zone()).toInstant()});
          r.setMouseTransparent(true);
          absences.add(r);
        }
      }
      getChildren().addAll(hours);
      getChildren().addAll(absences);
      for (WorkOrderRow job : lane.jobs()) {
        if (job.scheduledStart() != null && job.scheduledEnd() != null) {
          JobBlock b = new JobBlock(job);
          blocks.add(b);
          getChildren().add(b);
        }
      }
      Line nowLine = new Line();
      nowLine.setId("nowLine");
      nowLine.setStyle("-fx-stroke: -color-danger-emphasis; -fx-stroke-width: 2;");
      nowLine.setMouseTransparent(true);
      nowLine.setManaged(false);
      getChildren().add(nowLine);
    }

    @Override
    protected void layoutChildren() {
      TimeAxis axis = axis(getWidth());
      double h = getHeight();
      for (Region r : hours) {
        place(r, axis, (Instant[]) r.getUserData(), 0, h);
      }
      for (Region r : absences) {
        place(r, axis, (Instant[]) r.getUserData(), 0, h);
      }
      // a block from its (clamped) start to its end, at least a sliver wide; overlapping blocks go
      // into sub-rows one under the other, so a clash shows as two blocks, never as one over the other
      List<double[]> extents = new ArrayList<>();
      for (JobBlock b : blocks) {
        double x1 = axis.x(b.job.scheduledStart());
        double x2 = axis.x(b.job.scheduledEnd());
        // nothing of it shown (night, another day): out of the stacking
        extents.add(x2 > x1 ? new double[] {x1, Math.max(x2, x1 + MIN_BLOCK_WIDTH)} : new double[] {-1, -1});
      }
      LaneRows stack = LaneRows.of(extents);
      fitRows(stack.rows());
      double sub = (h - 2 * BLOCK_INSET - (stack.rows() - 1) * SUB_ROW_GAP) / stack.rows();
      for (int i = 0; i < blocks.size(); i++) {
        JobBlock b = blocks.get(i);
        double[] e = extents.get(i);
        boolean visible = e[1] > e[0];
        b.setVisible(visible);
        b.resizeRelocate(e[0], BLOCK_INSET + stack.rowOf(i) * (sub + SUB_ROW_GAP), e[1] - e[0], sub);
        b.getStyleClass().remove(Styles.SELECTED);
        if (b.job.id().equals(vm.selectedJobProperty().get())) {
          b.getStyleClass().add(Styles.SELECTED);
        }
      }
      for (Node n : getChildren()) {
        if (n instanceof Line line && "nowLine".equals(line.getId())) {
          Instant now = vm.nowProperty().get();
          double x = axis.x(now);
          boolean visible = x > 0 && x < getWidth();
          line.setVisible(visible);
          line.setStartX(x);
          line.setEndX(x);
          line.setStartY(0);
          line.setEndY(h);
        }
      }
    }

    /** The lane's row grows by a block's height for each sub-row beyond the first. */
    private void fitRows(int n) {
      double height = ROW_HEIGHT + (n - 1) * (ROW_HEIGHT - 2 * BLOCK_INSET + SUB_ROW_GAP);
      if (getParent() instanceof Region row && row.getPrefHeight() != height) {
        row.setMinHeight(height);
        row.setPrefHeight(height);
      }
    }

    private void place(Region r, TimeAxis axis, Instant[] span, double y, double height) {
      double x1 = axis.x(span[0]);
      double x2 = axis.x(span[1]);
      boolean visible = x2 > x1;
      r.setVisible(visible);
      r.resizeRelocate(x1, y, Math.max(visible ? 6 : 0, x2 - x1), height);
    }
  }

  /** A job on a technician's row: click selects, drag moves it. */
  /** Narrower blocks show no text (it could only be cut to a character or two). */
  static final double MIN_TEXT_WIDTH = 36;

  final class JobBlock extends StackPane {
    final WorkOrderRow job;
    /** Began before the first hour shown: drawn from the left edge, marked "◀". */
    final boolean startsEarlier;

    JobBlock(WorkOrderRow job) {
      this.job = job;
      setId("block-" + job.label());
      getStyleClass().add(Styles.JOB_BLOCK);
      DateTimeFormatter t = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(msg.locale());
      ZoneId z = vm.zone();
      // the year prefix is the same on every block; the full number is in the tooltip
      Label number = new Label(job.label().replaceFirst("^WO-\\d{4}-", ""));
      number.setStyle("-fx-font-weight: bold;");
      number.setMinWidth(0);
      if (job.type() == com.fieldops.workorder.model.WorkOrderType.PREVENTIVE) {
        // planned upkeep looks different at a glance from a breakdown: its own colour and a wrench-clock mark
        getStyleClass().add(Styles.PREVENTIVE);
        org.kordamp.ikonli.javafx.FontIcon mark = new org.kordamp.ikonli.javafx.FontIcon(
            org.kordamp.ikonli.materialdesign2.MaterialDesignW.WRENCH_CLOCK);
        mark.getStyleClass().add("fo-preventive-mark");
        number.setGraphic(mark);
      }
      Label customer = new Label(nz(job.customerName()));
      customer.setMinWidth(0);
      // times in the dispatcher's zone; the site's own time too where the site is elsewhere
      // on the block: the start time; where the site is in another zone, the start there (the axis already
      // tells the time here); both windows in full in the tooltip
      String siteTimes = siteTimes(job, z, t);
      String start = siteTimes == null ? t.format(job.scheduledStart().atZone(z))
          : msg.text("dispatch.timeline.siteStart", t.format(job.scheduledStart().atZone(job.siteZone())));
      // a job that began before the hours shown is cut at the left edge: say so, and since when
      startsEarlier = axis(1).beforeShown(job.scheduledStart());
      Label when = new Label(startsEarlier ? msg.text("dispatch.timeline.fromEarlier", start) : start);
      when.setId("time-" + job.label());
      when.getStyleClass().add(Styles.MUTED);
      when.setStyle("-fx-font-size: 0.85em;");
      when.setMinWidth(0);
      VBox text = new VBox(0, number, customer, when);
      text.setMinWidth(0);
      // a sliver (a short job, or one mostly outside the hours shown) is a coloured bar, not "0 / Ri":
      // its number and times are in the tooltip
      text.visibleProperty().bind(widthProperty().greaterThanOrEqualTo(MIN_TEXT_WIDTH));
      setAlignment(Pos.CENTER_LEFT);
      getChildren().add(text);
      setMinWidth(0);
      Tooltip.install(this, new Tooltip(job.label() + " · " + nz(job.summary())
          + (job.type() == com.fieldops.workorder.model.WorkOrderType.PREVENTIVE ? " · " + msg.text("type.PREVENTIVE") : "")
          + "\n" + nz(job.customerName())
          + " · " + nz(job.siteName()) + "\n" + t.format(job.scheduledStart().atZone(z)) + " – "
          + t.format(job.scheduledEnd().atZone(z)) + " (" + z.getId() + ")"
          + (siteTimes == null ? "" : "\n" + siteTimes)));
      QueueItem item = vm.queue().find(job.id());
      if (item != null) {
        getStyleClass().add(Badges.styleClass(item.worstAt(vm.nowProperty().get())));
      }
      addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
        vm.selectedJobProperty().set(job.id());
        requestFocus();
        if (e.getClickCount() == 2) {
          drag.open(job.id());
        }
      });
      setFocusTraversable(true);
      drag.install(this, () -> job.id(), () -> job.label());
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Drop targets and the lane list for tests and the drag controller. */
  List<LanePane> lanes() {
    return lanePanes;
  }

  void forEachBlock(BiConsumer<UUID, Node> f) {
    for (LanePane p : lanePanes) {
      for (JobBlock b : p.blocks) {
        f.accept(b.job.id(), b);
      }
    }
  }

  /** "site 08:00–10:00 (Europe/London)" when the job's site is in another zone than {@code z}, else null. */
  String siteTimes(WorkOrderRow job, ZoneId z, DateTimeFormatter t) {
    ZoneId site = job.siteZone();
    if (site == null || job.scheduledStart() == null || job.scheduledEnd() == null
        || site.getRules().getOffset(job.scheduledStart()).equals(z.getRules().getOffset(job.scheduledStart()))) {
      return null;
    }
    return msg.text("dispatch.timeline.siteTime", t.format(job.scheduledStart().atZone(site)) + "–"
        + t.format(job.scheduledEnd().atZone(site)), site.getId());
  }

  /** The node id of a technician's row: "lane-" and the name, spaces and other signs as "_". */
  static String laneId(String name) {
    return "lane-" + java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9-]+", "_");
  }
}
