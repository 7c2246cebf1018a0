package com.fieldops.mobile;

import static com.fieldops.mobile.TechnicianDayOnlineTest.awaitJob;
import static com.fieldops.mobile.TechnicianDayOnlineTest.card;
import static com.fieldops.mobile.TechnicianDayOnlineTest.detail;
import static com.fieldops.mobile.TechnicianDayOnlineTest.fire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.visit.FieldStep;
import com.fieldops.mobile.job.JobViewModel;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.replica.RejectedMutation;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * What the phone does when the server says no, and when the app dies mid-day: the refusal sits on its
 * job with the server's reason and retry/discard while the rest of the queue goes through; a killed
 * app restarts into Today with nothing lost; signing out over unsynced work warns and keeps it.
 */
@ExtendWith(ApplicationExtension.class)
class RejectedActionAndRestartTest {
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
  void aRefusedActionShowsOnItsJobAndTheQueueKeepsMoving(FxRobot robot) throws Exception {
    UUID cancelled = phone.newJobToday(Priority.P3, 2, "Door sensor faulty");
    UUID other = phone.newJobToday(Priority.P3, 4, "Annual inspection of the lift");
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, cancelled) != null && card(shell, other) != null);

    // no signal: the technician accepts the first job and writes a note on the second
    phone.offline(true);
    TechnicianDayOnlineTest.openFromToday(robot, shell, cancelled);
    JobViewModel job = awaitJob(shell, cancelled);
    TechnicianDayOnlineTest.step(robot, job, FieldStep.ACCEPT, WorkOrderStatus.ACCEPTED);
    assertThat(shell.session().replica().workOrders().addNote(other, "Lift key is at the front desk.", false))
        .isInstanceOf(CommandOutcome.Recorded.class);

    // meanwhile the office cancels the first job
    phone.office().syncNow();
    PhoneServer.await("office has the job", Duration.ofSeconds(10), () -> phone.office().workOrders().workOrder(cancelled).isPresent());
    assertThat(phone.office().workOrders().changeStatus(cancelled, WorkOrderStatus.CANCELLED, null, null, "Customer fixed it"))
        .isInstanceOf(CommandOutcome.Recorded.class);
    PhoneServer.pushed(phone.office());

    phone.offline(false);
    shell.session().replica().syncNow();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !job.rejections().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    RejectedMutation refused = job.rejections().get(0);
    assertThat(refused.reason()).isNotBlank();
    String shown = TechnicianDayOnlineTest.texts(robot, "#rejection-" + refused.mutationId());
    assertThat(shown).contains("The server refused").contains(refused.reason()).contains("Retry").contains("Discard");
    phone.screenshot("rejected-on-job-en-light");
    // the note recorded after the refused accept still reached the server
    PhoneServer.await("the queue moved on", Duration.ofSeconds(20),
        () -> shell.session().replica().syncStatus().pendingCount() == 0);
    assertThat(phone.server().find(WorkOrder.class, cancelled).orElseThrow().status()).isEqualTo(WorkOrderStatus.CANCELLED);
    phone.office().syncNow();
    PhoneServer.await("office sees the note", Duration.ofSeconds(20), () -> phone.office().workOrders().workOrder(other)
        .map(d -> d.notes().stream().map(Note::text).anyMatch("Lift key is at the front desk."::equals)).orElse(false));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).workOrder().status() == WorkOrderStatus.CANCELLED);

    // discarding: the technician has read it
    robot.clickOn("#discard-" + refused.mutationId());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> job.rejections().isEmpty());
  }

  @Test
  void aKilledAppRestartsIntoTodayWithNothingLostAndSignOutKeepsUnsyncedWork(FxRobot robot) throws Exception {
    UUID id = phone.newJobToday(Priority.P2, 1, "Heating pump noisy");
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, id) != null);
    phone.offline(true);
    TechnicianDayOnlineTest.openFromToday(robot, shell, id);
    JobViewModel job = awaitJob(shell, id);
    TechnicianDayOnlineTest.step(robot, job, FieldStep.ACCEPT, WorkOrderStatus.ACCEPTED);
    TechnicianDayOnlineTest.step(robot, job, FieldStep.START_TRAVEL, WorkOrderStatus.EN_ROUTE);
    robot.interact(() -> job.noteTextProperty().set("Parking behind the building."));
    fire(robot, "#addNote");
    assertThat(shell.session().replica().syncStatus().pendingCount()).isEqualTo(3);

    // the app dies; started again (still no signal) it opens Today without asking for the password
    TechnicianApp again = phone.restart(stage);
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> again.shell() != null);
    PhoneShell restarted = again.shell();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(restarted, id) != null
        && card(restarted, id).status() == WorkOrderStatus.EN_ROUTE);
    assertThat(card(restarted, id).pending()).isTrue();
    assertThat(restarted.session().replica().syncStatus().pendingCount()).isEqualTo(3);

    // signing out over unsynced work warns, and keeps it
    robot.clickOn("#signOut");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(TechnicianDayOnlineTest.texts(robot, "#signOutWarning")).contains("3 changes have not reached the server yet");
    phone.screenshot("signout-warning-en-light");
    robot.clickOn("#cancelSignOut");
    assertThat(robot.lookup("#todayView").tryQuery()).isPresent();

    // signal again: everything recorded before the crash reaches the server once
    phone.offline(false);
    restarted.session().replica().syncNow();
    PhoneServer.await("pushed after restart", Duration.ofSeconds(30),
        () -> restarted.session().replica().syncStatus().pendingCount() == 0);
    assertThat(phone.server().find(WorkOrder.class, id).orElseThrow().status()).isEqualTo(WorkOrderStatus.EN_ROUTE);
    phone.office().syncNow();
    PhoneServer.await("office sees the note once", Duration.ofSeconds(20), () -> phone.office().workOrders().workOrder(id)
        .map(d -> d.notes().stream().filter(n -> n.text().equals("Parking behind the building.")).count() == 1).orElse(false));
  }

  @Test
  void inThePocketTheAppStopsListeningAndCatchesUpWhenBack(FxRobot robot) throws Exception {
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    phone.device().background();
    Thread.sleep(500); // the engine stops its stream and poller on its own thread
    UUID given = phone.newJobToday(Priority.P2, 5, "Leaking valve in the boiler room");
    Thread.sleep(3000); // ten poll periods of this test's timing
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(card(shell, given)).as("no stream and no polling while in the pocket").isNull();

    phone.device().foreground();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> card(shell, given) != null);
    assertThat(card(shell, given).changed()).isTrue();
  }
}
