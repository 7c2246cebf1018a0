package com.fieldops.desktop.kpi;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import java.util.Map;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** KPI tiles and bar charts (JavaFX charts), refreshed when the data changes. */
public final class KpiView extends ScrollPane {

  public KpiView(KpiViewModel vm) {
    Messages msg = vm.messages();
    setId("kpiView");
    setFitToWidth(true);
    Label title = new Label(msg.text("kpi.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    Label open = new Label();
    Label breached = new Label();
    HBox tiles = new HBox(12, tile(msg.text("kpi.openJobs"), open.textProperty()),
        tile(msg.text("kpi.breachedNow"), breached.textProperty()),
        tile(msg.text("kpi.mttr"), vm.mttrProperty()), tile(msg.text("kpi.ftf"), vm.ftfProperty()),
        tile(msg.text("kpi.satisfaction"), vm.satisfaction().overallProperty()));
    BarChart<String, Number> byMilestone = chart(msg.text("kpi.compliance.milestone"), msg.text("kpi.percent"));
    BarChart<String, Number> byPriority = chart(msg.text("kpi.compliance.priority"), msg.text("kpi.percent"));
    BarChart<String, Number> backlog = chart(msg.text("kpi.backlog"), msg.text("kpi.jobs"));
    BarChart<String, Number> perTech = chart(msg.text("kpi.jobsPerTech"), msg.text("kpi.jobs"));
    wholeNumbers(backlog);
    wholeNumbers(perTech);
    ((NumberAxis) byMilestone.getYAxis()).setAutoRanging(false);
    ((NumberAxis) byMilestone.getYAxis()).setUpperBound(100);
    ((NumberAxis) byPriority.getYAxis()).setAutoRanging(false);
    ((NumberAxis) byPriority.getYAxis()).setUpperBound(100);
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(16);
    grid.add(byMilestone, 0, 0);
    grid.add(byPriority, 1, 0);
    grid.add(backlog, 0, 1);
    grid.add(perTech, 1, 1);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().addAll(half, half);
    Label window = new Label();
    window.setId("kpiWindow");
    window.getStyleClass().add(Styles.MUTED);
    window.textProperty().bind(vm.windowProperty());
    VBox box = new VBox(16, title, window, tiles, grid, new SatisfactionTable(vm.satisfaction(), msg));
    box.setPadding(new Insets(16));
    setContent(box);
    java.util.function.Consumer<KpiViewModel.Figures> show = f -> {
      if (f == null) {
        return;
      }
      open.setText(Integer.toString(f.open()));
      breached.setText(Integer.toString(f.breached()));
      fill(byMilestone, f.complianceByMilestone());
      fill(byPriority, f.complianceByPriority());
      fill(backlog, f.backlogByAge());
      fill(perTech, f.jobsPerTechnician());
    };
    vm.figuresProperty().addListener((o, a, f) -> show.accept(f));
    show.accept(vm.figuresProperty().get());
  }

  private static VBox tile(String name, ObservableStringValue value) {
    Label n = new Label(name);
    n.getStyleClass().add(Styles.MUTED);
    Label v = new Label();
    v.textProperty().bind(value);
    v.getStyleClass().add(Styles.KPI_VALUE);
    VBox t = new VBox(n, v);
    t.getStyleClass().add(Styles.KPI_TILE);
    return t;
  }

  private static BarChart<String, Number> chart(String title, String yLabel) {
    CategoryAxis x = new CategoryAxis();
    NumberAxis y = new NumberAxis();
    y.setLabel(yLabel);
    BarChart<String, Number> c = new BarChart<>(x, y);
    c.setTitle(title);
    c.setLegendVisible(false);
    c.setAnimated(false);
    c.setPrefHeight(280);
    return c;
  }

  /** Counts of jobs: ticks at whole numbers only. */
  private static void wholeNumbers(BarChart<String, Number> chart) {
    NumberAxis y = (NumberAxis) chart.getYAxis();
    y.setMinorTickVisible(false);
    y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Number n) {
        return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
      }

      @Override
      public Number fromString(String s) {
        return Double.valueOf(s);
      }
    });
  }

  private static void fill(BarChart<String, Number> chart, Map<String, ? extends Number> data) {
    XYChart.Series<String, Number> s = new XYChart.Series<>();
    data.forEach((k, v) -> s.getData().add(new XYChart.Data<>(k, v)));
    chart.getData().setAll(java.util.List.of(s));
  }
}
