package com.fieldops.mobile.parts;

import com.fieldops.client.text.Messages;
import com.fieldops.mobile.ui.Ui;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.stock.model.Part;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Van and parts: parts on their way first (the receipt is what the technician does here most), then
 * the request form, then the requests with where each stands, then the van's stock.
 */
public final class PartsView extends VBox {
  private final PartsViewModel vm;
  private final Messages msg;
  private final VBox incoming = new VBox(8);
  private final VBox requests = new VBox(6);
  private final VBox stock = new VBox(4);

  public PartsView(PartsViewModel vm, Messages msg, Runnable back) {
    this.vm = vm;
    this.msg = msg;
    setId("partsView");
    getStyleClass().add("screen");
    Button backButton = Ui.button(msg.text("common.back"), "mdi2a-arrow-left", back);
    backButton.setId("partsBack");
    incoming.setId("incoming");
    requests.setId("myRequests");
    stock.setId("vanStock");
    Label forWhat = Ui.bound(Bindings.createStringBinding(() -> vm.forJobProperty().get() == null
        ? msg.text("parts.request.forVan") : msg.text("parts.request.forJob"), vm.forJobProperty()), "muted");
    forWhat.setId("requestFor");
    VBox body = new VBox(10, Ui.text(msg.text("parts.title"), "title"), Ui.note(vm.infoProperty(), "info"),
        section("parts.incoming"), incoming,
        section("parts.request"), forWhat, requestForm(),
        section("parts.requests"), requests,
        section("parts.stock"), stock);
    ScrollPane scroll = new ScrollPane(body);
    scroll.setId("partsScroll");
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(backButton, scroll);
    vm.requests().addListener((ListChangeListener<PartRequestLine>) c -> showRequests());
    vm.stock().addListener((ListChangeListener<VanStockLine>) c -> showStock());
    showRequests();
    showStock();
  }

  private Label section(String key) {
    return Ui.text(msg.text(key), "section-title");
  }

  private VBox requestForm() {
    TextField search = new TextField();
    search.setId("requestSearch");
    search.setPromptText(msg.text("parts.request.search"));
    search.textProperty().bindBidirectional(vm.searchProperty());
    VBox choices = new VBox(6);
    choices.setId("requestChoices");
    vm.matches().addListener((ListChangeListener<Part>) c -> {
      choices.getChildren().clear();
      for (Part p : vm.matches()) {
        Button b = Ui.button(p.sku() + " " + p.name(), null, () -> vm.requestPartProperty().set(p));
        b.setId("requestPart-" + p.sku());
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        b.setAlignment(Pos.CENTER_LEFT);
        choices.getChildren().add(b);
      }
    });
    Label picked = Ui.bound(Bindings.createStringBinding(() -> vm.requestPartProperty().get() == null
        ? msg.text("parts.request.pick") : vm.requestPartProperty().get().sku() + " " + vm.requestPartProperty().get().name(),
        vm.requestPartProperty()), "card-title");
    picked.setId("requestPicked");
    picked.setWrapText(true);
    TextField qty = new TextField();
    qty.setId("requestQuantity");
    qty.setPrefColumnCount(4);
    qty.textProperty().bindBidirectional(vm.requestQuantityProperty());
    TextField comment = new TextField();
    comment.setId("requestComment");
    comment.setPromptText(msg.text("parts.request.comment"));
    comment.textProperty().bindBidirectional(vm.requestCommentProperty());
    Button send = Ui.bigButton(msg.text("parts.request.send"), "mdi2c-cart-arrow-down", vm::request);
    send.setId("sendRequest");
    HBox row = new HBox(8, Ui.text(msg.text("job.parts.quantity")), qty);
    row.setAlignment(Pos.CENTER_LEFT);
    Label message = Ui.fieldMessage(vm.requestMessageProperty());
    message.setId("requestMessage");
    return new VBox(6, search, choices, picked, row, comment, message, send);
  }

  private void showRequests() {
    incoming.getChildren().clear();
    requests.getChildren().clear();
    ZoneId zone = vm.clock().getZone();
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale()).withZone(zone);
    for (PartRequestLine line : vm.requests()) {
      if (line.receivable()) {
        incoming.getChildren().add(receipt(line));
      }
      VBox box = new VBox(2);
      box.getStyleClass().add("list-line");
      box.setId("request-" + line.request().id());
      Label status = Ui.text(msg.text("parts.status." + line.request().status().name()), "chip", "status");
      status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the chip keeps its word, the part name wraps
      Label what = Ui.text(msg.text("parts.request.line", line.request().quantity(), line.label()));
      what.setWrapText(true);
      HBox head = new HBox(8, status, what);
      head.setAlignment(Pos.CENTER_LEFT);
      box.getChildren().add(head);
      String detail = msg.text(line.request().workOrderId() == null ? "parts.request.forVanShort" : "parts.request.forJobShort")
          + " · " + when.format(line.request().requestedAt());
      if (line.request().transferId() != null) {
        detail += " · " + msg.text("parts.request.received", line.received(), line.request().approvedQuantity());
      }
      if (line.request().declineReason() != null) {
        detail += " · " + line.request().declineReason();
      }
      box.getChildren().add(Ui.text(detail, "muted"));
      requests.getChildren().add(box);
    }
    if (incoming.getChildren().isEmpty()) {
      incoming.getChildren().add(Ui.text(msg.text("parts.incoming.none"), "muted"));
    }
    if (requests.getChildren().isEmpty()) {
      requests.getChildren().add(Ui.text(msg.text("parts.requests.none"), "muted"));
    }
  }

  /** Parts on their way: how many are still to come, and a receipt for all of them or some. */
  private VBox receipt(PartRequestLine line) {
    Label what = Ui.text(msg.text("parts.incoming.line", line.open(), line.label()), "card-title");
    what.setWrapText(true);
    TextField qty = new TextField(String.valueOf(line.open()));
    qty.setId("receiveQuantity-" + line.request().id());
    qty.setPrefColumnCount(4);
    Button receive = Ui.button(msg.text("parts.receive"), "mdi2p-package-down", () -> vm.receive(line, qty.getText()));
    receive.setId("receive-" + line.request().id());
    HBox row = new HBox(8, Ui.text(msg.text("job.parts.quantity")), qty, receive);
    row.setAlignment(Pos.CENTER_LEFT);
    Label message = Ui.fieldMessage(vm.receiptMessageProperty(line.request().id()));
    message.setId("receiveMessage-" + line.request().id());
    VBox box = new VBox(6, what, row, message);
    box.getStyleClass().add("card");
    box.setId("incoming-" + line.request().id());
    return box;
  }

  private void showStock() {
    stock.getChildren().clear();
    if (vm.stock().isEmpty()) {
      stock.getChildren().add(Ui.text(msg.text("van.empty"), "muted"));
      return;
    }
    for (VanStockLine l : vm.stock()) {
      VBox box = new VBox(2);
      box.getStyleClass().add("list-line");
      box.setId("stock-" + l.partId());
      box.getChildren().add(Ui.text(l.part() == null ? l.partId().toString() : l.part().sku() + " " + l.part().name(),
          "card-title"));
      FlowPane figures = new FlowPane(10, 2);
      figures.getChildren().add(Ui.text(msg.text("parts.stock.onHand", l.onHand())));
      figures.getChildren().add(Ui.text(msg.text("parts.stock.available", l.available())));
      if (l.reserved() > 0) {
        figures.getChildren().add(Ui.text(msg.text("parts.stock.reserved", l.reserved()), "muted"));
      }
      if (l.inbound() > 0) {
        figures.getChildren().add(Ui.text(msg.text("parts.stock.inbound", l.inbound()), "muted"));
      }
      if (l.needsCount()) {
        figures.getChildren().add(Ui.text(msg.text("van.needsCount"), "pending-note"));
      }
      box.getChildren().add(figures);
      stock.getChildren().add(box);
    }
  }
}
