package com.fieldops.desktop.report;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.Labels;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The job's rating (stars, comment, when) and its service reports with "Open PDF". */
public final class JobReportsView extends VBox {

  public JobReportsView(JobReportsViewModel vm) {
    super(6);
    Messages msg = vm.messages();
    setId("jobReports");
    Label stars = new Label();
    stars.setId("jobRatingStars");
    stars.textProperty().bind(vm.starsProperty());
    stars.setStyle("-fx-font-size: 1.3em; -fx-text-fill: #d4a017;");
    stars.visibleProperty().bind(vm.ratedProperty());
    stars.managedProperty().bind(stars.visibleProperty());
    Label when = Labels.muted("");
    when.setId("jobRatingWhen");
    when.textProperty().bind(vm.ratingWhenProperty());
    HBox head = new HBox(8, stars, when);
    head.setAlignment(Pos.BASELINE_LEFT);
    Label comment = new Label();
    comment.setId("jobRatingComment");
    comment.setWrapText(true);
    comment.textProperty().bind(vm.ratingTextProperty());
    Label low = new Label(msg.text("report.rating.low"));
    low.setId("jobRatingLow");
    low.setWrapText(true);
    low.getStyleClass().add(Stars.LOW_STYLE);
    low.visibleProperty().bind(vm.lowRatingProperty());
    low.managedProperty().bind(low.visibleProperty());

    // two lines per report: the narrow right column keeps number, time and signer whole
    ListView<ReportLine> table = new ListView<>(vm.reports());
    table.setId("jobReportList");
    Label none = Labels.muted(msg.text("report.list.none"));
    none.setWrapText(true);
    none.maxWidthProperty().bind(table.widthProperty().subtract(24));
    table.setPlaceholder(none);
    table.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(ReportLine item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
          setText(null);
          setGraphic(null);
          return;
        }
        setText(null);
        Label first = new Label(msg.text("report.line.first", item.number(), item.sealed()));
        first.setStyle("-fx-font-weight: bold;");
        Label second = Labels.muted(item.signer().isEmpty() ? msg.text("report.line.unsigned")
            : msg.text("report.line.second", item.signedAt(), item.signer()));
        second.setWrapText(true);
        VBox box = new VBox(2, first, second);
        box.setMinWidth(0);
        box.prefWidthProperty().bind(table.widthProperty().subtract(30));
        setGraphic(box);
      }
    });
    table.setPrefHeight(74);
    if (!vm.reports().isEmpty()) {
      table.getSelectionModel().selectFirst();
    }
    // one report per job today: it is the one to open unless the dispatcher picks another
    vm.reports().addListener((javafx.collections.ListChangeListener<ReportLine>) c -> {
      if (table.getSelectionModel().getSelectedItem() == null && !vm.reports().isEmpty()) {
        table.getSelectionModel().selectFirst();
      }
    });
    Button open = new Button(msg.text("report.open"), new FontIcon(MaterialDesignF.FILE_PDF_BOX));
    open.setId("jobReportOpen");
    open.setMinWidth(Region.USE_PREF_SIZE);
    open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.fetchingProperty()));
    open.setOnAction(e -> vm.openPdf(table.getSelectionModel().getSelectedItem()));
    // the customer's link: withdrawn when it reached the wrong person, sent again when asked
    Button withdraw = new Button(msg.text("report.link.withdraw"), new FontIcon(MaterialDesignF.FILE_CANCEL_OUTLINE));
    withdraw.setId("jobReportWithdrawLink");
    withdraw.setMinWidth(Region.USE_PREF_SIZE);
    withdraw.disableProperty().bind(open.disableProperty());
    withdraw.setOnAction(e -> vm.withdrawLink(table.getSelectionModel().getSelectedItem()));
    Button resend = new Button(msg.text("report.link.send"), new FontIcon(MaterialDesignF.FILE_SEND_OUTLINE));
    resend.setId("jobReportSendLink");
    resend.setMinWidth(Region.USE_PREF_SIZE);
    resend.disableProperty().bind(open.disableProperty());
    resend.setOnAction(e -> vm.sendNewLink(table.getSelectionModel().getSelectedItem()));
    Label message = Labels.muted("");
    message.setId("jobReportMessage");
    message.setWrapText(true);
    message.textProperty().bind(vm.messageProperty());
    // the job's right-hand column is narrow: the buttons go on to a second line rather than past its edge
    FlowPane actions = new FlowPane(8, 6, open, withdraw, resend);
    actions.setAlignment(Pos.CENTER_LEFT);
    actions.prefWrapLengthProperty().bind(widthProperty());
    getChildren().addAll(head, comment, low, table, actions, message);
  }
}
