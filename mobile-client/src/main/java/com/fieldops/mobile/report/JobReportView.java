package com.fieldops.mobile.report;

import com.fieldops.client.text.Messages;
import com.fieldops.mobile.ui.Ui;
import com.fieldops.report.model.ReportState;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** On a completed job: where its report stands, "Open report" once it is sealed, and the customer's rating. */
public final class JobReportView extends VBox {

  /** Shown on a completed or closed job only. */
  public static JobReportView forJob(JobReportViewModel vm, Messages msg,
      javafx.beans.value.ObservableValue<com.fieldops.replica.view.WorkOrderDetail> job) {
    JobReportView v = new JobReportView(vm, msg);
    v.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> job.getValue() != null
        && (job.getValue().workOrder().status() == com.fieldops.workorder.model.WorkOrderStatus.COMPLETED
        || job.getValue().workOrder().status() == com.fieldops.workorder.model.WorkOrderStatus.CLOSED), job));
    v.managedProperty().bind(v.visibleProperty());
    return v;
  }

  public JobReportView(JobReportViewModel vm, Messages msg) {
    super(8);
    setId("jobReport");
    Label title = Ui.text(msg.text("report.title"), "section-title");
    Label state = Ui.bound(vm.stateTextProperty());
    state.setId("reportState");
    state.setWrapText(true);
    Button open = Ui.bigButton(msg.text("report.open"), "mdi2f-file-pdf-box", vm::open);
    open.setId("openReport");
    open.visibleProperty().bind(vm.stateProperty().isEqualTo(ReportState.READY));
    open.managedProperty().bind(open.visibleProperty());
    open.disableProperty().bind(vm.fetchingProperty());
    Label message = Ui.note(vm.messageProperty(), "info");
    message.setId("reportMessage");
    Label rating = Ui.note(vm.ratingProperty(), "card-title");
    rating.setId("reportRating");
    getChildren().addAll(title, state, open, message, rating);
  }
}
