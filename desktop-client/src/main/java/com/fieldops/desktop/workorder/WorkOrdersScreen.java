package com.fieldops.desktop.workorder;

import com.fieldops.client.dispatch.QueueItem;
import com.fieldops.desktop.dispatch.QueueViewModel;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.desktop.ui.Labels;
import com.fieldops.desktop.ui.ListRowCell;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Work orders: a searchable list of every open job on the left, the selected one on the right. */
public final class WorkOrdersScreen extends SplitPane {

  public WorkOrdersScreen(QueueViewModel list, FinishedJobsSearch finished, WorkOrderViewModel detail,
      ObjectProperty<Instant> now, Messages msg) {
    setId("workOrdersScreen");
    Label title = new Label(msg.text("workorder.list.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    TextField search = new TextField();
    search.setId("woSearch");
    search.setPromptText(msg.text("workorder.list.search"));
    search.textProperty().bindBidirectional(list.searchProperty());
    ListView<QueueItem> view = new ListView<>(list.items());
    view.setId("woList");
    view.setCellFactory(v -> workOrderCell("wo-", QueueItem::row, msg, WorkOrderRow::customerName));
    view.setPlaceholder(Labels.muted(msg.text("workorder.list.noneOpen")));
    view.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        detail.load(b.row().id());
      }
    });
    VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
    VBox left = new VBox(8, title, search, view, finishedJobs(finished, detail, msg));
    left.setPadding(new Insets(12));
    left.setMinWidth(260);
    getItems().addAll(left, new WorkOrderView(detail, now));
    setDividerPositions(0.24);
  }

  /** Finished jobs matching the search, shown under the open ones only when there are some. */
  private static VBox finishedJobs(FinishedJobsSearch finished, WorkOrderViewModel detail, Messages msg) {
    Label heading = new Label(msg.text("workorder.list.finished"));
    heading.getStyleClass().add(Styles.MUTED);
    ListView<WorkOrderRow> view = new ListView<>(finished.rows());
    view.setId("woFinishedList");
    view.setPrefHeight(200);
    DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(msg.locale());
    view.setCellFactory(v -> workOrderCell("finished-", row -> row, msg,
        row -> nz(row.customerName()) + "  ·  " + day.format(row.createdAt().atZone(row.siteZone()))));
    view.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        detail.load(b.id());
      }
    });
    VBox box = new VBox(4, heading, view);
    box.setId("woFinished");
    box.visibleProperty().bind(Bindings.isNotEmpty(finished.rows()));
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private static Function<WorkOrderRow, String> headline(Messages msg) {
    return row -> row.label() + "  ·  " + msg.text("status." + row.status().name());
  }

  /** A work order in a list: its number and state, the problem's first line, the customer (and more). */
  private static <T> ListRowCell<T> workOrderCell(String idPrefix, Function<T, WorkOrderRow> rowOf, Messages msg,
      Function<WorkOrderRow, String> footnote) {
    return ListRowCell.of(t -> idPrefix + rowOf.apply(t).label(), "fo-wo-number", List.of(
        t -> headline(msg).apply(rowOf.apply(t)), t -> rowOf.apply(t).summary(), t -> footnote.apply(rowOf.apply(t))));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
