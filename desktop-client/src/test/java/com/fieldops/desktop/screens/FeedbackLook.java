package com.fieldops.desktop.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Site;
import com.fieldops.desktop.report.JobReportsViewModel;
import com.fieldops.desktop.report.ReportLine;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.report.model.ReportState;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import com.fieldops.report.mutation.SignServiceReport;
import com.fieldops.report.satisfaction.CustomerSatisfaction;
import com.fieldops.report.satisfaction.Satisfaction;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The feedback loop on the console (1600×1000, real server, demo data): a technician completes a job
 * and the customer signs on the phone; the server seals the report; the customer rates the visit 2
 * stars through their page. The rating then shows on the job (stars, comment, low), in the customer's
 * 360° view and as customer satisfaction in the KPIs; "Open PDF" fetches the sealed PDF the server
 * stored and hands it to the viewer. Run in English and Chinese by the subclasses.
 */
abstract class FeedbackLook extends ConsoleLook {
  static final String COMMENT = "Late & noisy, but fixed 修好了";

  com.fieldops.desktop.i18n.Messages messages() {
    return new com.fieldops.desktop.i18n.Messages("zh".equals(prefix()) ? java.util.Locale.SIMPLIFIED_CHINESE
        : java.util.Locale.ENGLISH);
  }

  /** A job done and signed on the technician's phone; returns once the server stored the sealed PDF. */
  private UUID signedJob(Technician tech, Site site) throws Exception {
    ConsoleServer server = console().server();
    UUID job;
    try (Replica office = server.dispatcherDevice("office"); Replica phone = server.technicianDevice(tech)) {
      job = recorded(office.workOrders().createWorkOrder(new NewWorkOrder(site.customerId(), site.id(), null,
          null, WorkOrderType.REPAIR, Priority.P2, "Boiler leaks at the valve", null, null, null, tech.id())));
      ConsoleServer.pushed(office);
      UUID created = job;
      ConsoleServer.await("the job reached the phone", Duration.ofSeconds(30), () -> {
        phone.syncNow();
        return phone.workOrders().workOrder(created).isPresent();
      });
      for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
        recorded(phone.workOrders().changeStatus(job, s, null));
      }
      recorded(phone.workOrders().changeStatus(job, WorkOrderStatus.COMPLETED, null, "Replaced the valve seal", null));
      List<SignatureStroke> strokes = List.of(new SignatureStroke(List.of(new SignaturePoint(10, 10),
          new SignaturePoint(120, 60), new SignaturePoint(200, 20), new SignaturePoint(300, 90))));
      recorded(phone.record(ServiceReport.idFor(job), new SignServiceReport(job, "Zoë Müller 周", Instant.now(),
          360, 180, strokes, null)));
      ConsoleServer.pushed(phone);
      assertThat(phone.syncStatus().rejected()).isEmpty();
    }
    UUID signed = job;
    ConsoleServer.await("the server sealed the report", Duration.ofSeconds(120),
        () -> server.storedReportPdf(ServiceReport.idFor(signed)).isPresent());
    return job;
  }

  /** The customer rates the visit on their page, as from the report's e-mail. */
  private void rate(UUID job, UUID contact, int stars, String comment) throws Exception {
    String link = console().server().customerLink(ServiceReport.idFor(job), job, contact);
    OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
    Request post = new Request.Builder().url(link + "/rating")
        .post(new FormBody.Builder().add("stars", Integer.toString(stars)).add("comment", comment).build()).build();
    try (Response r = http.newCall(post).execute()) {
      assertThat(r.code()).as("the customer's rating is taken").isLessThan(400);
    }
  }

  @Test
  void aRatingShowsOnTheJobInTheCustomersViewAndInTheKpisAndTheSealedPdfOpens(FxRobot robot) throws Exception {
    signedIn();
    ConsoleServer server = console().server();
    Technician tech = server.technicians().get(0);
    Site site = server.siteWithoutContract();
    Contact contact = server.data.contacts().stream().filter(c -> c.customerId().equals(site.customerId()))
        .findFirst().orElse(null);
    UUID job = signedJob(tech, site);
    rate(job, contact == null ? null : contact.id(), 2, COMMENT);

    // on the job: the stars, the comment as typed (no markup read), the low mark, the sealed report
    console().openWorkOrder(job);
    JobReportsViewModel reports = console().window().workOrder().reports();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
      console().window().replica().syncNow();
      return "★★☆☆☆".equals(reports.starsProperty().get()) && reports.reports().size() == 1
          && reports.reports().get(0).state() == ReportState.READY;
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#jobRatingComment").queryAs(Label.class).getText()).isEqualTo(COMMENT);
    assertThat(robot.lookup("#jobRatingLow").queryAs(Label.class).isVisible()).isTrue();
    ReportLine line = reports.reports().get(0);
    assertThat(line.signer()).isEqualTo("Zoë Müller 周");
    assertThat(line.number()).startsWith("WO-");
    @SuppressWarnings("unchecked")
    ListView<ReportLine> list = robot.lookup("#jobReportList").queryAs(ListView.class);
    assertThat(list.getItems()).hasSize(1);

    // Open PDF: fetched from the server off the UI thread, exactly the sealed PDF it stored, handed to the viewer
    AtomicReference<Path> opened = new AtomicReference<>();
    reports.setViewer(pdf -> {
      assertThat(javafx.application.Platform.isFxApplicationThread()).as("fetching and opening off the UI thread")
          .isFalse();
      opened.set(pdf);
      return true;
    });
    robot.lookup("#workOrderView").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#jobReportOpen");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> opened.get() != null);
    byte[] pdf = Files.readAllBytes(opened.get());
    byte[] stored = server.storedReportPdf(ServiceReport.idFor(job)).orElseThrow();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf).isEqualTo(stored);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
        .isEqualTo(server.find(ServiceReport.class, ServiceReport.idFor(job)).orElseThrow().pdfSha256());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reports.messageProperty().get().contains(line.number()));
    console().screenshot(prefix() + "-job-rating-and-report");

    // the link reached the wrong person: withdrawn from the job, the customer's page then says so (410)
    String link = server.customerLink(ServiceReport.idFor(job), job, contact == null ? null : contact.id());
    String before = reports.messageProperty().get();
    robot.clickOn("#jobReportWithdrawLink");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !reports.messageProperty().get().equals(before)
        && !reports.fetchingProperty().get());
    assertThat(reports.messageProperty().get()).contains(line.number()).doesNotContain("!report.");
    OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
    try (Response r = http.newCall(new Request.Builder().url(link).get().build()).execute()) {
      assertThat(r.code()).as("a withdrawn link's page").isEqualTo(410);
    }

    // the customer's 360°: average, count, low ones marked
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.CUSTOMERS)).get();
    console().window().customers().open(site.customerId());
    var ratings = console().window().customers().ratings();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ratings.latest().stream()
        .anyMatch(l -> l.low() && l.text().contains(COMMENT) && l.text().contains(line.number())));
    WaitForAsyncUtils.waitForFxEvents();
    // the summary is the shared rule over every rating of the customer the console holds (demo ones too)
    List<com.fieldops.report.replica.RatedVisit> ofCustomer =
        console().window().replica().reports().ratingsOfCustomer(site.customerId());
    assertThat(ofCustomer).anyMatch(r -> r.workOrderId().equals(job) && r.feedback().rating() == 2);
    Satisfaction customer = Satisfaction.of(ofCustomer.stream().map(r -> r.feedback()).toList());
    assertThat(ratings.summaryProperty().get()).isEqualTo(messages()
        .text("customer.ratings.summary", customer.average(), customer.count(), customer.low()));
    @SuppressWarnings("unchecked")
    ListView<Object> shown = robot.lookup("#customerRatingsList").queryAs(ListView.class);
    assertThat(shown.getItems()).isNotEmpty();
    WaitForAsyncUtils.asyncFx(() -> {
      javafx.scene.Node n = robot.lookup("#customerRatings").query();
      javafx.scene.Node p = n;
      while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
        p = p.getParent();
      }
      if (p != null) {
        ((javafx.scene.control.ScrollPane) p).setVvalue(1.0);
      }
    }).get();
    console().screenshot(prefix() + "-customer-ratings");

    // KPIs: customer satisfaction overall and for the technician who did the visit
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.KPIS)).get();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
      Optional<TableView<?>> table = robot.lookup("#kpiSatisfactionTable").tryQueryAs(TableView.class)
          .map(t -> (TableView<?>) t);
      return table.isPresent() && table.get().getItems().stream().anyMatch(r -> r.toString().contains(tech.name()));
    });
    @SuppressWarnings("unchecked")
    TableView<com.fieldops.desktop.kpi.SatisfactionKpiModel.Row> kpi =
        robot.lookup("#kpiSatisfactionTable").queryAs(TableView.class);
    // the technician's row and the overall one are the shared rule over the window's ratings, this one included
    Instant at = console().clock().instant();
    var window = console().window().replica().reports().ratingsSince(at.minus(Duration.ofDays(30)));
    assertThat(window).anyMatch(r -> r.workOrderId().equals(job) && tech.id().equals(r.technicianId()));
    var expected = CustomerSatisfaction.over(window.stream().map(r -> r.feedback()).toList(),
        f -> window.stream().filter(r -> r.feedback().id().equals(f.id())).findFirst().orElseThrow().technicianId(),
        at.minus(Duration.ofDays(30)), Instant.MAX);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> kpi.getItems().stream().anyMatch(r -> r.technician()
        .equals(tech.name()) && r.count().equals(Integer.toString(expected.of(tech.id()).count()))));
    var techRow = kpi.getItems().stream().filter(r -> r.technician().equals(tech.name())).findFirst().orElseThrow();
    assertThat(techRow.average()).isEqualTo(messages().text("kpi.satisfaction.average", expected.of(tech.id()).average()));
    assertThat(techRow.lowShare()).isEqualTo(messages().text("kpi.percentValue",
        100.0 * expected.of(tech.id()).lowShare()));
    assertThat(expected.of(tech.id()).low()).as("the 2 stars count as low").isGreaterThanOrEqualTo(1);
    assertThat(kpi.getItems().get(0).count()).as("overall first")
        .isEqualTo(Integer.toString(expected.overall().count()));
    javafx.scene.Node k = robot.lookup("#kpiView").query();
    WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ScrollPane) k).setVvalue(1.0)).get();
    console().screenshot(prefix() + "-kpi-satisfaction");
  }
}
