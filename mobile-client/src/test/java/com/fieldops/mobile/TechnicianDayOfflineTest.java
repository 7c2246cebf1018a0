package com.fieldops.mobile;

import static com.fieldops.mobile.TechnicianDayOnlineTest.awaitJob;
import static com.fieldops.mobile.TechnicianDayOnlineTest.card;
import static com.fieldops.mobile.TechnicianDayOnlineTest.detail;
import static com.fieldops.mobile.TechnicianDayOnlineTest.fire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.visit.FieldStep;
import com.fieldops.mobile.device.Photo;
import com.fieldops.mobile.job.JobViewModel;
import com.fieldops.mobile.job.VanPart;
import com.fieldops.mobile.photo.JobPhotosViewModel;
import com.fieldops.mobile.photo.PhonePhotosTest;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.replica.view.WorkOrderDetail;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * The same day in a basement with no signal: every step, a part used by scanning its label and a
 * photo are recorded on the phone at their own time,
 * the sync line says "No signal" and counts what waits; hours later, with signal, the dispatcher's
 * replica sees each step at the time it happened on the phone, not when it arrived.
 */
@ExtendWith(ApplicationExtension.class)
class TechnicianDayOfflineTest {
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
  void aDayWithNoSignalCountsWhenItHappened(FxRobot robot) throws Exception {
    UUID id = phone.newJobToday(Priority.P1, 0.5, "Cold store alarm, compressor stopped");
    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, id) != null);
    phone.offline(true);
    Instant t0 = phone.clock().instant().truncatedTo(ChronoUnit.SECONDS);

    TechnicianDayOnlineTest.openFromToday(robot, shell, id);
    JobViewModel job = awaitJob(shell, id);
    Map<WorkOrderStatus, Instant> when = new LinkedHashMap<>();
    stepAt(robot, job, FieldStep.ACCEPT, WorkOrderStatus.ACCEPTED, t0.plus(Duration.ofMinutes(5)), when);
    stepAt(robot, job, FieldStep.START_TRAVEL, WorkOrderStatus.EN_ROUTE, t0.plus(Duration.ofMinutes(10)), when);
    stepAt(robot, job, FieldStep.ARRIVE, WorkOrderStatus.ON_SITE, t0.plus(Duration.ofMinutes(40)), when);

    // still no signal: the relay is used from the van by scanning its label, and photographed
    Instant used = t0.plus(Duration.ofMinutes(45));
    phone.clock().set(used);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !job.vanParts().isEmpty());
    VanPart relay = job.vanParts().stream().filter(p -> !p.part().serialized() && p.onHand() >= 1).findFirst()
        .orElseThrow();
    phone.device().nextPhoto = PhonePartsTest.barcode(relay.part().sku());
    WaitForAsyncUtils.asyncFx(job::scanPart).get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(job.partProperty().get().partId()).as("the scanned label picks the part").isEqualTo(relay.partId());
    fire(robot, "#usePart");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).partsUsed().size() == 1);
    phone.device().nextPhoto = new Photo(PhonePhotosTest.cameraPicture(3000, 2000), "image/jpeg");
    JobPhotosViewModel photos = job.photos();
    robot.interact(() -> robot.lookup("#takePhoto").queryButton().fire());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !photos.busyProperty().get() && photos.tiles().size() == 1);
    String photoSha = photos.tiles().get(0).sha256();
    phone.clock().set(t0.plus(Duration.ofMinutes(50)));
    robot.interact(() -> job.noteTextProperty().set("No signal in the cellar; compressor relay burnt."));
    fire(robot, "#addNote");
    phone.clock().set(t0.plus(Duration.ofMinutes(60)));
    robot.clickOn("#step-HOLD");
    robot.interact(() -> job.holdReasonProperty().set(OnHoldReason.WAITING_FOR_CUSTOMER));
    fire(robot, "#confirmHold");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).workOrder().status() == WorkOrderStatus.ON_HOLD);
    stepAt(robot, job, FieldStep.RESUME, WorkOrderStatus.ON_SITE, t0.plus(Duration.ofMinutes(75)), when);
    phone.clock().set(t0.plus(Duration.ofMinutes(110)));
    robot.clickOn("#step-COMPLETE");
    robot.interact(() -> job.resolutionProperty().set("Relay replaced, store back at -18 °C."));
    fire(robot, "#confirmComplete");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).workOrder().status() == WorkOrderStatus.COMPLETED);
    when.put(WorkOrderStatus.COMPLETED, t0.plus(Duration.ofMinutes(110)));

    // the sync line tells the truth
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.sync().offlineProperty().get());
    assertThat(shell.sync().connectionProperty().get()).isEqualTo("No signal");
    // seven steps and notes, the part used, the photo's attachment and its bytes
    assertThat(shell.sync().pendingProperty().get()).isEqualTo(10);
    assertThat(shell.sync().detailProperty().get()).startsWith("10 changes waiting");
    phone.screenshot("offline-job-completed-en-light");

    // two hours later, signal again
    phone.server().clock().set(t0.plus(Duration.ofMinutes(130)));
    phone.clock().set(t0.plus(Duration.ofMinutes(130)));
    phone.offline(false);
    shell.session().replica().syncNow();
    PhoneServer.await("the phone pushed its day", Duration.ofSeconds(30),
        () -> shell.session().replica().syncStatus().pendingCount() == 0);
    phone.office().syncNow();
    PhoneServer.await("the office sees the completed job", Duration.ofSeconds(20), () -> phone.office().workOrders()
        .workOrder(id).map(d -> d.workOrder().status() == WorkOrderStatus.COMPLETED).orElse(false));
    WorkOrderDetail office = phone.office().workOrders().workOrder(id).orElseThrow();
    Map<WorkOrderStatus, Instant> seen = new LinkedHashMap<>();
    for (WorkOrderEvent e : office.history()) {
      if (e instanceof WorkOrderEvent.StatusChanged s && s.to() != WorkOrderStatus.ON_HOLD) {
        seen.put(s.to(), s.occurredAt());
      }
    }
    assertThat(seen).as("each step at the phone's time, not the time it reached the server").containsAllEntriesOf(when);
    assertThat(office.notes()).anyMatch(n -> n.text().startsWith("No signal in the cellar")
        && n.createdAt().equals(t0.plus(Duration.ofMinutes(50))));
    assertThat(office.partsUsed()).as("the scanned part, used when it was used").singleElement()
        .satisfies(u -> {
          assertThat(u.partId()).isEqualTo(relay.partId());
          assertThat(u.usedAt()).isEqualTo(used);
        });
    PhoneServer.await("the office sees the photo", Duration.ofSeconds(30), () -> {
      phone.office().syncNow();
      return phone.office().photos().photos(id).size() == 1;
    });
    assertThat(PhonePhotosTest.sha256(phone.office().photos().bytes(id, photoSha).orElseThrow()))
        .as("the photo's bytes reached the office unchanged").isEqualTo(photoSha);
  }

  private void stepAt(FxRobot robot, JobViewModel job, FieldStep step, WorkOrderStatus to, Instant at,
      Map<WorkOrderStatus, Instant> when) throws Exception {
    phone.clock().set(at);
    TechnicianDayOnlineTest.step(robot, job, step, to);
    when.put(to, at);
  }
}
