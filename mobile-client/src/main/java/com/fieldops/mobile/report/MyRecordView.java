package com.fieldops.mobile.report;

import com.fieldops.client.text.Messages;
import com.fieldops.mobile.ui.Ui;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** "My ratings": the average of the technician's recent ratings and the latest ones, one card each. */
public final class MyRecordView extends VBox {
  private final MyRecordViewModel vm;
  private final Messages msg;
  private final VBox cards = new VBox(10);

  public MyRecordView(MyRecordViewModel vm, Messages msg, Runnable back) {
    this.vm = vm;
    this.msg = msg;
    setId("myRecordView");
    getStyleClass().add("screen");
    Button backButton = Ui.button(msg.text("common.back"), "mdi2a-arrow-left", back);
    backButton.setId("back");
    Label average = Ui.bound(vm.averageProperty(), "title");
    average.setId("myAverage");
    Label detail = Ui.bound(vm.detailProperty(), "muted");
    detail.setId("myRatingsDetail");
    cards.setId("myRatings");
    VBox body = new VBox(10, Ui.text(msg.text("record.title"), "section-title"), average, detail, cards);
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(backButton, scroll);
    vm.latest().addListener((ListChangeListener<MyRecordViewModel.Line>) c -> showCards());
    showCards();
  }

  /** The Today screen's way in. */
  public static Button openButton(Messages msg, Runnable open) {
    Button b = Ui.button("", "mdi2s-star-outline", open);
    b.setId("openMyRecord");
    b.setAccessibleText(msg.text("record.open"));
    b.setTooltip(new javafx.scene.control.Tooltip(msg.text("record.open")));
    return b;
  }

  private void showCards() {
    cards.getChildren().clear();
    if (vm.latest().isEmpty()) {
      cards.getChildren().add(Ui.text(msg.text("record.none"), "muted"));
      return;
    }
    for (MyRecordViewModel.Line l : vm.latest()) {
      VBox card = new VBox(4, Ui.text(l.stars() + "  " + l.job(), "card-title"), Ui.text(l.when(), "muted"));
      if (!l.comment().isEmpty()) {
        card.getChildren().add(Ui.text(l.comment()));
      }
      if (l.low()) {
        card.getChildren().add(Ui.text(msg.text("record.low"), "field-message"));
      }
      card.getStyleClass().add("card");
      cards.getChildren().add(card);
    }
  }
}
