package com.fieldops.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.mobile.report.JobReportViewModel;
import com.fieldops.mobile.report.MyRecordViewModel;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.report.model.ReportState;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.report.model.SignaturePoint;
import com.fieldops.report.model.SignatureStroke;
import com.fieldops.report.mutation.SignServiceReport;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The report and the ratings on the phone (390×844, real server): a completed job says its report waits
 * for the signature; before signing the visit summary is shown; once signed the report is sealed and
 * "Open report" fetches the sealed PDF the server stored; the customer's rating shows on the job and in
 * the technician's own record, reached from Today. In English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class ReportAndRatingsOnThePhoneTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final PhoneFixture phone = new PhoneFixture(() -> dir);

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  /** In both languages and both themes: the screenshots are of every variant a technician can choose. */
  @ParameterizedTest
  @CsvSource({"en, false, Waiting for the customer, Average 4.0", "en, true, Waiting for the customer, Average 4.0",
      "zh-CN, false, 等待客户签字, 平均 4.0", "zh-CN, true, 等待客户签字, 平均 4.0"})
  void theReportAndTheRatingReachThePhone(String lang, boolean dark, String waiting, String average, FxRobot robot)
      throws Exception {
    theReportAndTheRatingReachThePhone(robot, Locale.forLanguageTag(lang), dark,
        lang.substring(0, 2) + "-" + (dark ? "dark" : "light"), waiting, average);
  }

  static void recorded(CommandOutcome o) {
    assertThat(o).as(o::toString).isInstanceOf(CommandOutcome.Recorded.class);
  }

  private void theReportAndTheRatingReachThePhone(FxRobot robot, Locale locale, boolean dark, String tag,
      String waiting, String average) throws Exception {
    UUID id = phone.newJobToday(Priority.P2, 1, "Boiler pressure drops every morning");
    phone.start(stage, locale, dark);
    PhoneShell shell = phone.awaitToday();
    Replica replica = shell.session().replica();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> replica.workOrders().workOrder(id).isPresent());
    for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
      recorded(replica.workOrders().changeStatus(id, s, null));
    }
    recorded(replica.workOrders().changeStatus(id, WorkOrderStatus.COMPLETED, null, "Replaced the pressure valve",
        null));
    robot.interact(() -> shell.openJob(id));
    JobReportViewModel report = shell.job().report();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.job().detailProperty().get() != null
        && shell.job().detailProperty().get().workOrder().status() == WorkOrderStatus.COMPLETED
        && report.stateProperty().get() == ReportState.WAITING_FOR_SIGNATURE
        && !report.stateTextProperty().get().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(TechnicianDayOnlineTest.texts(robot, "#jobReport")).contains(waiting);
    assertThat(robot.lookup("#openReport").query().isVisible()).as("nothing to open before the signature").isFalse();
    assertThat(robot.lookup("#openSignature").query().isVisible()).as("a completed job waits for its signature")
        .isTrue();
    revealReport(robot);
    ScreenTourTest.check(robot, phone, "report-waiting-" + tag);

    // before signing, the customer reads the visit summary
    robot.interact(() -> shell.openSignature(id));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TechnicianDayOnlineTest.texts(robot, "#visitSummary")
        .contains("Replaced the pressure valve"));
    List<SignatureStroke> strokes = List.of(new SignatureStroke(List.of(new SignaturePoint(10, 10),
        new SignaturePoint(120, 60), new SignaturePoint(200, 20), new SignaturePoint(300, 90))));
    recorded(replica.record(ServiceReport.idFor(id), new SignServiceReport(id, "Zoë Müller 周",
        phone.clock().instant(), 350, 200, strokes, null)));
    replica.syncNow();
    PhoneServer server = phone.server();
    PhoneServer.await("the server sealed the report", Duration.ofSeconds(120),
        () -> server.storedReportPdf(ServiceReport.idFor(id)).isPresent());

    robot.interact(() -> shell.openJob(id));
    JobReportViewModel ready = shell.job().report();
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
      replica.syncNow();
      robot.interact(() -> shell.job().refresh());
      return ready.stateProperty().get() == ReportState.READY;
    });
    AtomicReference<Path> opened = new AtomicReference<>();
    ready.setViewer(pdf -> {
      opened.set(pdf);
      return true;
    });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#openSignature").query().isVisible()).as("a signed job is not offered for signing again")
        .isFalse();
    revealReport(robot);
    robot.clickOn("#openReport");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> opened.get() != null);
    byte[] pdf = Files.readAllBytes(opened.get());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(pdf).isEqualTo(server.storedReportPdf(ServiceReport.idFor(id)).orElseThrow());

    // the customer rates the visit; the phone shows it on the job and in the technician's record
    WorkOrder wo = server.find(WorkOrder.class, id).orElseThrow();
    String link = server.customerLink(ServiceReport.idFor(id), id, wo.contactId());
    try (Response r = new OkHttpClient.Builder().followRedirects(false).build().newCall(new Request.Builder()
        .url(link + "/rating").post(new FormBody.Builder().add("stars", "4").add("comment", "Tidy work, 谢谢")
            .build()).build()).execute()) {
      assertThat(r.code()).isLessThan(400);
    }
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
      replica.syncNow();
      robot.interact(() -> shell.job().refresh());
      return ready.ratingProperty().get().contains("★★★★☆");
    });
    assertThat(ready.ratingProperty().get()).contains("Tidy work, 谢谢");
    WaitForAsyncUtils.waitForFxEvents();
    revealReport(robot);
    ScreenTourTest.check(robot, phone, "report-ready-" + tag);

    robot.interact(shell::showToday);
    WaitForAsyncUtils.waitForFxEvents();
    ScreenTourTest.check(robot, phone, "today-my-ratings-button-" + tag);
    robot.clickOn("#openMyRecord");
    MyRecordViewModel record = shell.myRecord();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> record != null && !record.latest().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(record.averageProperty().get()).contains(average);
    assertThat(TechnicianDayOnlineTest.texts(robot, "#myRecordView")).contains("★★★★☆").contains("Tidy work, 谢谢")
        .contains(wo.label());
    assertThat(stage.getScene().getWidth()).isEqualTo(TechnicianApp.WIDTH);
    ScreenTourTest.check(robot, phone, "my-ratings-" + tag);
  }

  /** Scrolls the job screen so that the report section is in view. */
  private static void revealReport(FxRobot robot) {
    robot.interact(() -> {
      javafx.scene.control.ScrollPane scroll = robot.lookup("#jobScroll").queryAs(javafx.scene.control.ScrollPane.class);
      javafx.scene.Node section = robot.lookup("#jobReport").query();
      double content = scroll.getContent().getBoundsInLocal().getHeight();
      double viewport = scroll.getViewportBounds().getHeight();
      double y = section.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
      scroll.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, y - 120) / (content - viewport)));
    });
    WaitForAsyncUtils.waitForFxEvents();
  }
}
