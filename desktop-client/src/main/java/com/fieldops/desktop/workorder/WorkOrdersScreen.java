package com.fieldops.desktop.workorder;

import com.fieldops.desktop.dispatch.QueueItem;
import com.fieldops.desktop.dispatch.QueueViewModel;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.theme.Styles;
import java.time.Instant;
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

  public WorkOrdersScreen(QueueViewModel list, WorkOrderViewModel detail, ObjectProperty<Instant> now, Messages msg) {
    setId("workOrdersScreen");
    Label title = new Label(msg.text("workorder.list.title"));
    title.getStyleClass().add(Styles.SCREEN_TITLE);
    TextField search = new TextField();
    search.setId("woSearch");
    search.setPromptText(msg.text("workorder.list.search"));
    search.textProperty().bindBidirectional(list.searchProperty());
    ListView<QueueItem> view = new ListView<>(list.items());
    view.setId("woList");
    view.setCellFactory(v -> new ListCell<>() {
      private final Label number = new Label();
      private final Label summary = new Label();
      private final Label customer = new Label();
      private final VBox box = new VBox(number, summary, customer);

      {
        number.getStyleClass().add("fo-wo-number");
        customer.getStyleClass().add(Styles.MUTED);
        box.getStyleClass().add("fo-wo-cell");
        box.setMinWidth(0);
        box.setPrefWidth(0);
        setPrefWidth(0);
      }

      @Override
      protected void updateItem(QueueItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
          setGraphic(null);
          setId(null);
        } else {
          setId("wo-" + item.row().label());
          number.setText(item.row().label() + "  ·  " + msg.text("status." + item.row().status().name()));
          summary.setText(nz(item.row().summary()));
          customer.setText(nz(item.row().customerName()));
          setGraphic(box);
        }
      }
    });
    view.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
      if (b != null) {
        detail.load(b.row().id());
      }
    });
    VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
    VBox left = new VBox(8, title, search, view);
    left.setPadding(new Insets(12));
    left.setMinWidth(260);
    getItems().addAll(left, new WorkOrderView(detail, now));
    setDividerPositions(0.24);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
