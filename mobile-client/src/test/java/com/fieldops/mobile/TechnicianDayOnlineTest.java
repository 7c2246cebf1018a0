package com.fieldops.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.visit.FieldStep;
import com.fieldops.mobile.job.JobViewModel;
import com.fieldops.mobile.job.VanPart;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.mobile.today.JobCard;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A technician's whole day with signal, at phone size: sign in, Today, accept, travel, arrive, a
 * note, time, a part from the van, hold (refused without a reason) and resume, complete (refused
 * without a resolution), the customer's signature (refused empty and as a dot); the dispatcher's
 * replica sees every step.
 */
@ExtendWith(ApplicationExtension.class)
class TechnicianDayOnlineTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final PhoneFixture phone = new PhoneFixture(() -> dir);

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void aWholeDayOnTheJobWithSignal(FxRobot robot) throws Exception {
    UUID id = phone.newJobToday(Priority.P2, 1, "Boiler pressure drops every morning");
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, id) != null);
    JobCard card = card(shell, id);
    assertThat(card.customer()).isNotBlank();
    assertThat(card.address()).isNotBlank();
    assertThat(card.countdowns()).as("SLA badges from the shared calculator").isNotEmpty();
    assertThat(card.next()).contains(FieldStep.ACCEPT);
    assertThat(texts(robot, "#job-" + id)).contains("Next: Accept");
    assertThat(stage.getScene().getWidth()).isEqualTo(TechnicianApp.WIDTH);

    TechnicianDayOnlineTest.openFromToday(robot, shell, id);
    JobViewModel job = awaitJob(shell, id);
    assertThat(job.steps()).containsExactly(FieldStep.ACCEPT);
    assertThat(((Button) robot.lookup("#step-ACCEPT").query()).getHeight()).as("a gloved thumb hits it").isGreaterThanOrEqualTo(48);

    step(robot, job, FieldStep.ACCEPT, WorkOrderStatus.ACCEPTED);
    step(robot, job, FieldStep.START_TRAVEL, WorkOrderStatus.EN_ROUTE);
    step(robot, job, FieldStep.ARRIVE, WorkOrderStatus.ON_SITE);

    // a note, time spent, a part from the van
    robot.interact(() -> job.noteTextProperty().set("Pressure valve replaced; old one was leaking."));
    fire(robot, "#addNote");
    robot.interact(() -> job.minutesProperty().set("45"));
    fire(robot, "#addTime");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !job.vanParts().isEmpty());
    VanPart part = job.vanParts().stream().filter(p -> !p.part().serialized()).findFirst().orElseThrow();
    fire(robot, "#usePart");
    assertThat(job.messageProperty(JobViewModel.Slot.PART).get()).as("no part picked yet").isEqualTo("Pick a part from the van first.");
    robot.interact(() -> job.partSearchProperty().set(part.part().sku()));
    fire(robot, "#part-" + part.part().sku());
    assertThat(job.partProperty().get()).isEqualTo(part);
    robot.interact(() -> job.partQuantityProperty().set("0"));
    fire(robot, "#usePart");
    assertThat(job.messageProperty(JobViewModel.Slot.PART).get()).isEqualTo("Enter a quantity of at least 1.");
    robot.interact(() -> job.partQuantityProperty().set("1"));
    fire(robot, "#usePart");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).notes().size() >= 1
        && detail(job).timeEntries().size() == 1 && detail(job).partsUsed().size() == 1);

    // hold: without a reason the message is next to the reason and nothing is recorded
    robot.clickOn("#step-HOLD");
    fire(robot, "#confirmHold");
    assertThat(job.messageProperty(JobViewModel.Slot.HOLD).get()).isEqualTo("Choose why the job waits.");
    assertThat(detail(job).workOrder().status()).isEqualTo(WorkOrderStatus.ON_SITE);
    robot.interact(() -> job.holdReasonProperty().set(OnHoldReason.WAITING_FOR_PARTS));
    fire(robot, "#confirmHold");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).workOrder().status() == WorkOrderStatus.ON_HOLD);
    step(robot, job, FieldStep.RESUME, WorkOrderStatus.ON_SITE);

    // complete: a resolution is required, at the moment of the tap
    robot.clickOn("#step-COMPLETE");
    fire(robot, "#confirmComplete");
    assertThat(job.messageProperty(JobViewModel.Slot.RESOLUTION).get()).isEqualTo("Write what was done before completing.");
    robot.interact(() -> job.resolutionProperty().set("Replaced the pressure valve, tested for 20 minutes."));
    fire(robot, "#confirmComplete");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).workOrder().status() == WorkOrderStatus.COMPLETED);

    // the dispatcher's replica sees every step
    PhoneServer.pushed(shell.session().replica());
    phone.office().syncNow();
    PhoneServer.await("the office sees the completed job", Duration.ofSeconds(20), () -> phone.office().workOrders()
        .workOrder(id).map(d -> d.workOrder().status() == WorkOrderStatus.COMPLETED && d.partsUsed().size() == 1
            && d.timeEntries().size() == 1).orElse(false));
    WorkOrderDetail office = phone.office().workOrders().workOrder(id).orElseThrow();
    List<WorkOrderStatus> moves = office.history().stream().filter(e -> e instanceof WorkOrderEvent.StatusChanged)
        .map(e -> ((WorkOrderEvent.StatusChanged) e).to()).toList();
    assertThat(moves).containsSubsequence(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE,
        WorkOrderStatus.ON_HOLD, WorkOrderStatus.ON_SITE, WorkOrderStatus.COMPLETED);
    // where the phone was, as coordinates on the history entry (not as comment text)
    assertThat(office.history().stream().filter(e -> e instanceof WorkOrderEvent.StatusChanged s
        && (s.to() == WorkOrderStatus.EN_ROUTE || s.to() == WorkOrderStatus.ON_SITE) && s.onHoldReason() == null
        && s.from() != WorkOrderStatus.ON_HOLD).map(e -> ((WorkOrderEvent.StatusChanged) e).position()))
        .as("start travel and arrive record where the phone was")
        .containsExactly(new com.fieldops.common.GeoPoint(52.52001, 13.40495),
            new com.fieldops.common.GeoPoint(52.52001, 13.40495));
    assertThat(office.notes()).anyMatch(n -> n.text().startsWith("Pressure valve replaced"));

    // the customer signs on the phone
    robot.clickOn("#openSignature");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.signature() != null && shell.signature().detailProperty().get() != null);
    var signature = shell.signature();
    fire(robot, "#sign");
    assertThat(signature.strokesMessageProperty().get()).isEqualTo("The customer has not signed yet.");
    assertThat(signature.nameMessageProperty().get()).isEqualTo("Enter the signer's name.");
    robot.clickOn("#signatureCanvas");
    robot.interact(() -> signature.signerNameProperty().set("Anna Schmidt"));
    fire(robot, "#sign");
    assertThat(signature.strokesMessageProperty().get()).isEqualTo("That is a dot, not a signature. Please sign with your name.");
    robot.interact(signature::clear);
    robot.moveTo("#signatureCanvas").moveBy(-120, 10).press(MouseButton.PRIMARY)
        .moveBy(30, -30).moveBy(30, 40).moveBy(30, -40).moveBy(30, 40).moveBy(40, -20).release(MouseButton.PRIMARY);
    assertThat(signature.strokes()).hasSize(1);
    assertThat(signature.strokes().get(0).points().size()).as("kept as vectors").isGreaterThan(5);
    fire(robot, "#sign");
    assertThat(signature.strokesMessageProperty().get()).isEmpty();
    assertThat(signature.nameMessageProperty().get()).isEmpty();
    assertThat(signature.capturedProperty().get().signerName()).isEqualTo("Anna Schmidt");
    assertThat(signature.signedProperty().get()).as(signature.infoProperty().get()).isTrue();
    phone.screenshot("day-signature-signed-en-light");

    // the signature reaches the server as vectors on the job's one report
    int points = signature.strokes().get(0).points().size();
    PhoneServer.pushed(shell.session().replica());
    var report = phone.server().find(com.fieldops.report.model.ServiceReport.class,
        com.fieldops.report.model.ServiceReport.idFor(id)).orElseThrow();
    assertThat(report.signature().signerName()).isEqualTo("Anna Schmidt");
    assertThat(report.signature().strokes()).hasSize(1);
    assertThat(report.signature().strokes().get(0).points()).hasSize(points);
    assertThat(shell.session().replica().syncStatus().rejected()).isEmpty();
  }

  @Test
  void aJobTheOfficeGivesOrMovesShowsUpMarkedWithinSeconds(FxRobot robot) throws Exception {
    UUID first = phone.newJobToday(Priority.P3, 3, "Filter change");
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, first) != null);
    assertThat(card(shell, first).changed()).as("the first look marks nothing").isFalse();

    // the dispatcher gives a new job and moves the first one; the live stream brings both
    UUID added = phone.newJobToday(Priority.P1, 2, "Water on the floor");
    java.time.Instant later = phone.laterToday(5);
    assertThat(phone.office().workOrders().assign(first, phone.server().technician().id(), later, later.plus(Duration.ofHours(1)),
        null)).isInstanceOf(com.fieldops.replica.store.CommandOutcome.Recorded.class);
    PhoneServer.pushed(phone.office());
    long sent = System.nanoTime();
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> card(shell, added) != null && card(shell, added).changed()
          && card(shell, first) != null && card(shell, first).changed());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("added " + card(shell, added) + " first " + card(shell, first) + " cards "
          + shell.today().jobs() + " later " + later, e);
    }
    double seconds = (System.nanoTime() - sent) / 1e9;
    System.out.printf("event=measure what=office-change-on-phone seconds=%.2f%n", seconds);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(texts(robot, "#job-" + added)).contains("NEW / CHANGED");
    phone.screenshot("today-changed-en-light");

    TechnicianDayOnlineTest.openFromToday(robot, shell, first);
    awaitJob(shell, first);
    robot.clickOn("#back");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> card(shell, first) != null && !card(shell, first).changed());
    assertThat(card(shell, added).changed()).isTrue();
  }

  /** The job's card on Today, read on the UI thread that owns the list. */
  static JobCard card(PhoneShell shell, UUID id) {
    try {
      return WaitForAsyncUtils.asyncFx(() -> shell.today().jobs().stream().filter(c -> c.id().equals(id)).findFirst()
          .orElse(null)).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Scrolls Today to the job's card and taps it, as a thumb would. */
  static void openFromToday(FxRobot robot, PhoneShell shell, UUID id) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> shell.todayView().reveal(id));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#job-" + id);
  }

  static JobViewModel awaitJob(PhoneShell shell, UUID id) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.job() != null && shell.job().detailProperty().get() != null
        && !shell.job().steps().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    return shell.job();
  }

  static WorkOrderDetail detail(JobViewModel job) {
    return job.detailProperty().get();
  }

  static void step(FxRobot robot, JobViewModel job, FieldStep step, WorkOrderStatus to) throws Exception {
    robot.clickOn("#step-" + step.name());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).workOrder().status() == to);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(job.messageProperty(JobViewModel.Slot.STEP).get()).isEmpty();
  }

  /** Presses a button that may sit below the fold of the job's scroll pane. */
  static void fire(FxRobot robot, String query) {
    Button b = robot.lookup(query).queryButton();
    robot.interact(b::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  static String texts(FxRobot robot, String query) {
    StringBuilder out = new StringBuilder();
    collect(robot.lookup(query).query(), out);
    return out.toString();
  }

  private static void collect(Node n, StringBuilder out) {
    if (n instanceof Labeled l && l.getText() != null) {
      out.append(l.getText()).append('\n');
    }
    if (n instanceof javafx.scene.Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
    }
  }
}
