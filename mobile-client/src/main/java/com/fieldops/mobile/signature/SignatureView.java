package com.fieldops.mobile.signature;

import com.fieldops.client.countdown.DurationText;
import com.fieldops.client.text.Messages;
import com.fieldops.mobile.ui.Ui;
import com.fieldops.replica.view.WorkOrderDetail;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The visit summary for the customer to read, then the pad and the signer's name. */
public final class SignatureView extends VBox {
  private final SignatureViewModel vm;
  private final Messages msg;
  private final VBox summary = new VBox(6);

  public SignatureView(SignatureViewModel vm, Messages msg, Runnable back) {
    this.vm = vm;
    this.msg = msg;
    setId("signatureView");
    getStyleClass().add("screen");
    Button backButton = Ui.button(msg.text("common.back"), "mdi2a-arrow-left", back);
    backButton.setId("back");
    summary.setId("visitSummary");
    SignaturePad pad = new SignaturePad(vm);
    Button clear = Ui.button(msg.text("signature.clear"), "mdi2e-eraser", vm::clear);
    clear.setId("clearSignature");
    TextField name = new TextField();
    name.setId("signerName");
    name.textProperty().bindBidirectional(vm.signerNameProperty());
    Button sign = Ui.bigButton(msg.text("signature.accept"), "mdi2d-draw", vm::sign);
    sign.setId("sign");
    sign.disableProperty().bind(vm.signedProperty());
    VBox body = new VBox(10, Ui.text(msg.text("signature.title"), "title"), summary,
        Ui.text(msg.text("signature.pad"), "section-title"), pad, Ui.fieldMessage(vm.strokesMessageProperty()),
        new HBox(8, clear),
        Ui.text(msg.text("signature.name")), name, Ui.fieldMessage(vm.nameMessageProperty()),
        sign, Ui.note(vm.infoProperty(), "info"));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(backButton, scroll);
    vm.detailProperty().addListener((o, a, d) -> showSummary(d));
    showSummary(vm.detailProperty().get());
  }

  private void showSummary(WorkOrderDetail d) {
    summary.getChildren().clear();
    if (d == null) {
      return;
    }
    summary.getChildren().addAll(Ui.text(d.row().label() + " · " + (d.customer() == null ? "" : d.customer().name()), "card-title"),
        Ui.text(msg.text("signature.workDone"), "section-title"), Ui.text(vm.workDone(d)),
        Ui.text(msg.text("signature.parts"), "section-title"));
    if (vm.parts(d).isEmpty()) {
      summary.getChildren().add(Ui.text(msg.text("signature.none")));
    }
    vm.parts(d).forEach(p -> summary.getChildren().add(Ui.text(p, "list-line")));
    summary.getChildren().add(Ui.text(msg.text("signature.checklist"), "section-title"));
    VBox items = new VBox(4);
    items.setId("summaryChecklist");
    vm.checklist().forEach(line -> items.getChildren().add(Ui.text(line, "list-line")));
    if (items.getChildren().isEmpty()) {
      items.getChildren().add(Ui.text(msg.text("signature.none")));
    }
    summary.getChildren().add(items);
    summary.getChildren().addAll(Ui.text(msg.text("signature.time"), "section-title"),
        Ui.text(vm.totalTime(d).isZero() ? msg.text("signature.none") : DurationText.format(vm.totalTime(d), msg.locale())));
  }
}
