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
      @Override
      protected void updateItem(QueueItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
          setText(null);
          setId(null);
        } else {
          setId("wo-" + item.row().label());
          setStyle("-fx-padding: 6 8 6 8;");
          setText(item.row().label() + "  ·  " + msg.text("status." + item.row().status().name()) + "\n"
              + nz(item.row().summary()) + "\n" + nz(item.row().customerName()));
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
    setDividerPositions(0.28);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
