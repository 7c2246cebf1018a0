package com.fieldops.desktop.report;

import com.fieldops.client.task.LiveRefresh;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.Replica;
import com.fieldops.replica.sync.ServerDownload;
import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.ReportState;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.replica.ReportReplica;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job's service reports and the customer's rating of it, on the work order screen: the rating (stars,
 * comment, when; a low one says a complaint was opened) and the reports (number, signed when and by whom,
 * sealed or not). "Open PDF" fetches the sealed PDF from the server off the UI thread into the console's
 * report cache and hands it to the computer's PDF viewer. Kept apart from the work order's own model so
 * more report actions (withdrawing the customer's link) can join here.
 */
public final class JobReportsViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(JobReportsViewModel.class);

  private final ConsoleContext ctx;
  private final Messages msg;
  private final Replica replica;
  private final LiveRefresh live;
  private volatile PdfViewer viewer = PdfViewer.desktop();
  private UUID workOrderId;
  private ZoneId zone;
  private long generation;

  private final ObservableList<ReportLine> reports = FXCollections.observableArrayList();
  private final BooleanProperty rated = new SimpleBooleanProperty(false);
  private final BooleanProperty lowRating = new SimpleBooleanProperty(false);
  private final StringProperty stars = new SimpleStringProperty("");
  private final StringProperty ratingText = new SimpleStringProperty("");
  private final StringProperty ratingWhen = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty fetching = new SimpleBooleanProperty(false);

  public JobReportsViewModel(ConsoleContext ctx, Replica replica) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    // a rating or a sealed report arriving by sync shows on the job open here
    this.live = new LiveRefresh(replica, ctx.tasks(), Set.of(ReportReplica.SERVICE_REPORT, ReportReplica.FEEDBACK),
        () -> {
          if (workOrderId != null) {
            load(workOrderId, zone);
          }
        });
  }

  /** Tests hand in a viewer that records what it was given. */
  public void setViewer(PdfViewer viewer) {
    this.viewer = viewer;
  }

  public void close() {
    live.close();
  }

  /** Shows the reports and rating of {@code id} (null: none), times in {@code siteZone}; reads off the UI thread. */
  public void load(UUID id, ZoneId siteZone) {
    boolean other = id == null || !id.equals(workOrderId);
    workOrderId = id;
    zone = siteZone == null ? ctx.clock().getZone() : siteZone;
    long gen = ++generation;
    if (other) {
      message.set("");
    }
    if (id == null) {
      show(List.of(), Optional.empty());
      return;
    }
    ctx.tasks().run("load reports and rating", () -> new Loaded(replica.reports().reports(id),
        replica.reports().rating(id)), l -> {
          if (gen == generation) {
            show(l.reports(), l.rating());
          }
        }, e -> message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName())));
  }

  private record Loaded(List<ServiceReport> reports, Optional<Feedback> rating) {}

  private void show(List<ServiceReport> list, Optional<Feedback> rating) {
    DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale())
        .withZone(zone == null ? ctx.clock().getZone() : zone);
    reports.setAll(list.stream().map(r -> {
      ReportState state = ReportState.of(r);
      return new ReportLine(r.workOrderId(), r.id(), r.snapshot().workOrderNumber(),
          r.signed() ? when.format(r.signature().signedAt()) : "",
          r.signed() ? r.signature().signerName() : "",
          msg.text("report.state." + state.name()), state, r.pdfSha256());
    }).toList());
    rated.set(rating.isPresent());
    lowRating.set(rating.map(Feedback::needsFollowUp).orElse(false));
    stars.set(rating.map(f -> Stars.of(f.rating())).orElse(""));
    ratingText.set(rating.map(f -> f.comment() == null || f.comment().isBlank() ? msg.text("report.rating.noComment")
        : f.comment()).orElse(msg.text("report.rating.none")));
    ratingWhen.set(rating.map(f -> msg.text("report.rating.when", when.format(f.submittedAt()))).orElse(""));
  }

  /**
   * Withdraws the customer's link to the report (e.g. mailed to the wrong person): the page then says
   * it was withdrawn and takes no rating. The server decides who may; its refusal is shown as it says it.
   */
  public void withdrawLink(ReportLine line) {
    linkAction(line, "withdraw customer link", api -> api.withdrawCustomerLink(line.workOrderId())
        .thenApply(n -> msg.text("report.link.withdrawn", line.number(), n)));
  }

  /** Sends the customer the report again with a fresh link (the old ones keep working unless withdrawn). */
  public void sendNewLink(ReportLine line) {
    linkAction(line, "send customer link", api -> api.sendCustomerLink(line.workOrderId())
        .thenApply(to -> msg.text("report.link.sent", line.number(), to)));
  }

  private void linkAction(ReportLine line, String what,
      java.util.function.Function<com.fieldops.replica.sync.AdminApi, java.util.concurrent.CompletableFuture<String>> call) {
    if (line == null) {
      return;
    }
    if (!line.ready()) {
      message.set(msg.text("report.notReady", line.number()));
      return;
    }
    com.fieldops.replica.sync.AdminApi api = replica.admin();
    if (api == null) {
      message.set(msg.text("report.link.offline"));
      return;
    }
    fetching.set(true);
    ctx.tasks().run(what, () -> {
      try {
        return call.apply(api).join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof com.fieldops.replica.sync.AdminApi.AdminApiException refused) {
          return msg.text("report.link.refused", refused.getMessage());
        }
        return msg.text("report.link.unreachable", String.valueOf(e.getCause() == null ? e : e.getCause().getMessage()));
      }
    }, text -> {
      fetching.set(false);
      message.set(text);
      LOG.info("event=report.link.action action=\"{}\" workOrder={}", what, line.workOrderId());
    }, e -> {
      fetching.set(false);
      message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
    });
  }

  /** Fetches the report's sealed PDF (once per version: the cache file is named by its hash) and opens it. */
  public void openPdf(ReportLine line) {
    if (line == null) {
      return;
    }
    if (!line.ready()) {
      message.set(msg.text("report.notReady", line.number()));
      return;
    }
    fetching.set(true);
    message.set(msg.text("report.fetching", line.number()));
    PdfViewer v = viewer;
    ctx.tasks().run("fetch report PDF", () -> fetchAndOpen(line, v), text -> {
      fetching.set(false);
      message.set(text);
    }, e -> {
      fetching.set(false);
      message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
    });
  }

  private String fetchAndOpen(ReportLine line, PdfViewer v) throws Exception {
    Path file = cacheFile(line);
    if (Files.isRegularFile(file) && !line.pdfSha256().equals(sha256(file))) {
      Files.delete(file); // not the sealed PDF the server recorded: fetch it again
    }
    if (!Files.isRegularFile(file)) {
      Files.createDirectories(file.getParent());
      ServerDownload d = replica.reports().downloadPdf(line.workOrderId(), file);
      if (d instanceof ServerDownload.Refused r) {
        return r.status() == 404 ? msg.text("report.notReady", line.number()) : msg.text("report.refused", r.message());
      }
      if (d instanceof ServerDownload.Unreachable u) {
        return msg.text("report.unreachable", u.message());
      }
      if (!line.pdfSha256().equals(sha256(file))) {
        // the server made the PDF again since this console last synced: the next sync brings its record
        Files.deleteIfExists(file);
        LOG.info("event=report.pdf.changed workOrder={}", line.workOrderId());
        return msg.text("report.changed", line.number());
      }
    }
    LOG.info("event=report.pdf.open workOrder={} file={}", line.workOrderId(), file.getFileName());
    long kb = Math.max(1, Files.size(file) / 1024);
    return v.open(file) ? msg.text("report.opened", line.number(), kb)
        : msg.text("report.noViewer", file.toAbsolutePath().toString());
  }

  static String sha256(Path file) throws java.io.IOException {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where a report's PDF is kept on this computer: beside the replicas, named by number and content hash. */
  public Path cacheFile(ReportLine line) {
    String name = line.number().replaceAll("[^A-Za-z0-9-]", "") + "-"
        + (line.pdfSha256() == null ? "unsealed" : line.pdfSha256().substring(0, 12)) + ".pdf";
    return ctx.replicaDirectory().resolve("reports").resolve(name);
  }

  public ObservableList<ReportLine> reports() {
    return reports;
  }

  public BooleanProperty ratedProperty() {
    return rated;
  }

  public BooleanProperty lowRatingProperty() {
    return lowRating;
  }

  public StringProperty starsProperty() {
    return stars;
  }

  public StringProperty ratingTextProperty() {
    return ratingText;
  }

  public StringProperty ratingWhenProperty() {
    return ratingWhen;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty fetchingProperty() {
    return fetching;
  }

  public Messages messages() {
    return msg;
  }
}
