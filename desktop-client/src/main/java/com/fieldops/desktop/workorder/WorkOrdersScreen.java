package com.fieldops.desktop.workorder;

import com.fieldops.desktop.dispatch.QueueItem;
import com.fieldops.desktop.dispatch.QueueViewModel;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import com.fieldops.replica.view.WorkOrderRow;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
    view.setCellFactory(v -> new WorkOrderCell<>("wo-", QueueItem::row, headline(msg), row -> nz(row.customerName())));
    view.setPlaceholder(placeholder(msg.text("workorder.list.noneOpen")));
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
    view.setCellFactory(v -> new WorkOrderCell<>("finished-", row -> row, headline(msg),
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

  private static Label placeholder(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.MUTED);
    l.setWrapText(true);
    return l;
  }

  /** A work order in a list: its number and state, the problem's first line, the customer (and more). */
  private static final class WorkOrderCell<T> extends ListCell<T> {
    private final String idPrefix;
    private final Function<T, WorkOrderRow> rowOf;
    private final Function<WorkOrderRow, String> headline;
    private final Function<WorkOrderRow, String> footnote;
    private final Label number = new Label();
    private final Label summary = new Label();
    private final Label customer = new Label();
    private final VBox box = new VBox(number, summary, customer);

    WorkOrderCell(String idPrefix, Function<T, WorkOrderRow> rowOf, Function<WorkOrderRow, String> headline,
        Function<WorkOrderRow, String> footnote) {
      this.idPrefix = idPrefix;
      this.rowOf = rowOf;
      this.headline = headline;
      this.footnote = footnote;
      number.getStyleClass().add("fo-wo-number");
      customer.getStyleClass().add(Styles.MUTED);
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
      WorkOrderRow row = rowOf.apply(item);
      setId(idPrefix + row.label());
      number.setText(headline.apply(row));
      summary.setText(nz(row.summary()));
      customer.setText(footnote.apply(row));
      setGraphic(box);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
