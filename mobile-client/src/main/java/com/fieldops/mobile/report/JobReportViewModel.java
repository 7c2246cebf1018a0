package com.fieldops.mobile.report;

import com.fieldops.client.task.TaskRunner;
import com.fieldops.client.text.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.replica.sync.ServerDownload;
import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.ReportState;
import com.fieldops.report.model.ServiceReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service report of a completed job on the phone: waiting for the customer's signature, being
 * sealed by the server, or ready; when ready, "Open report" fetches the sealed PDF through the phone's
 * sync client (online only) into the app's storage and opens it. The customer's rating shows too.
 */
public final class JobReportViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(JobReportViewModel.class);

  private final Replica replica;
  private final TaskRunner tasks;
  private final Messages msg;
  private final UUID workOrderId;
  private final Path storage;
  private volatile ReportViewer viewer = ReportViewer.system();

  private final ObjectProperty<ReportState> state = new SimpleObjectProperty<>(ReportState.WAITING_FOR_SIGNATURE);
  private final StringProperty stateText = new SimpleStringProperty("");
  private final StringProperty rating = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty fetching = new SimpleBooleanProperty(false);
  private ServiceReport report;

  public JobReportViewModel(Replica replica, UUID workOrderId, TaskRunner tasks, Messages msg, Path storage) {
    this.replica = replica;
    this.workOrderId = workOrderId;
    this.tasks = tasks;
    this.msg = msg;
    this.storage = storage;
  }

  /** Tests hand in a viewer that records what it was given. */
  public void setViewer(ReportViewer viewer) {
    this.viewer = viewer;
  }

  private record Loaded(Optional<ServiceReport> report, Optional<Feedback> rating) {}

  public void refresh() {
    tasks.run("load report", () -> {
      List<ServiceReport> all = replica.reports().reports(workOrderId);
      return new Loaded(all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)),
          replica.reports().rating(workOrderId));
    }, l -> {
      report = l.report().orElse(null);
      ReportState s = ReportState.of(report);
      state.set(s);
      stateText.set(msg.text("report.state." + s.name()));
      rating.set(l.rating().map(f -> msg.text("report.rating", Stars.of(f.rating()),
          f.comment() == null || f.comment().isBlank() ? "" : f.comment().strip())).orElse(""));
    }, e -> { });
  }

  /** Fetches (once per sealed version) and opens the PDF; says why not when it cannot. */
  public void open() {
    ServiceReport r = report;
    if (ReportState.of(r) != ReportState.READY) {
      message.set(msg.text("report.notReady"));
      return;
    }
    fetching.set(true);
    message.set(msg.text("report.fetching"));
    ReportViewer v = viewer;
    tasks.run("fetch report PDF", () -> fetchAndOpen(r, v), text -> {
      fetching.set(false);
      message.set(text);
    }, e -> {
      fetching.set(false);
      message.set(msg.text("report.failed"));
    });
  }

  private String fetchAndOpen(ServiceReport r, ReportViewer v) throws Exception {
    Path file = storage.resolve("reports").resolve(r.snapshot().workOrderNumber().replaceAll("[^A-Za-z0-9-]", "")
        + "-" + r.pdfSha256().substring(0, 12) + ".pdf");
    if (!Files.isRegularFile(file)) {
      Files.createDirectories(file.getParent());
      ServerDownload d = replica.reports().downloadPdf(workOrderId, file);
      if (d instanceof ServerDownload.Refused refused) {
        return refused.status() == 404 ? msg.text("report.notReady") : msg.text("report.refused", refused.message());
      }
      if (d instanceof ServerDownload.Unreachable) {
        return msg.text("report.offline");
      }
    }
    LOG.info("event=report.pdf.open workOrder={} file={}", workOrderId, file.getFileName());
    return v.open(file) ? msg.text("report.opened") : msg.text("report.saved", file.getFileName().toString());
  }

  public ObjectProperty<ReportState> stateProperty() {
    return state;
  }

  public StringProperty stateTextProperty() {
    return stateText;
  }

  public StringProperty ratingProperty() {
    return rating;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty fetchingProperty() {
    return fetching;
  }
}
