package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.countdown.BadgeState;
import com.fieldops.client.dispatch.TimeAxis;
import com.fieldops.desktop.dispatch.TimelineViewAccess;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.desktop.testing.ListRowsOnScreen;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.view.WorkOrderRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
 * The board with its real replica against the real sync server (demo data), signed in as the demo
 * dispatcher: queue order, drag, keyboard, badges, shortcuts, screenshots. The console runs in the
 * demo region's zone (Berlin), so board times are the sites' times.
 */
@ExtendWith(ApplicationExtension.class)
class DispatchBoardUiTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @TempDir
  static Path dir;

  @RegisterExtension
  static final ConsoleFixture console = ConsoleFixture.dispatcher(() -> dir, Locale.ENGLISH, ZONE);

  @Start
  void start(Stage stage) {
    console.start(stage);
    stage.setWidth(1440);
    stage.setHeight(900);
  }

  private static UUID newJob(String problem, String skill) throws Exception {
    Site site = console.server().siteWithoutContract();
    return console.newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR, Priority.P2,
        problem, skill, null, null, null));
  }

  private void waitForBoard() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.window() != null
        && console.window().board().queue().totalProperty().get() > 0 && !console.window().board().lanes().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String label(UUID id) {
    return console.window().board().job(id).orElseThrow().label();
  }

  @Test
  void signsInAndShowsTheQueueMostUrgentFirst(FxRobot robot) throws Exception {
    waitForBoard();
    console.screenshot("dispatch-board-day");
    var items = console.window().board().queue().items();
    assertThat(items).extracting(i -> i.row().slaDue())
        .isSortedAccordingTo(Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
    assertThat(items.get(0).row().slaDue()).as("the most urgent job has a due time").isNotNull();
    assertThat(robot.lookup("#queue-" + items.get(0).row().label()).tryQuery()).isPresent();
    String first = console.server().technicians().get(0).name();
    assertThat(robot.lookup(TimelineViewAccess.lane(first)).tryQuery()).isPresent();
  }

  @Test
  void queueEntriesNeverOverlapWhenTheListGrowsAScrollBar(FxRobot robot) throws Exception {
    waitForBoard();
    Site gold = console.server().goldSite();
    // a P2 job of a customer whose clocks are a day or more: two of its badges share a row while the
    // list is wide, and need a row each once a scroll bar narrows it
    WorkOrderRow longClocks = console.window().board().queue().items().stream().map(i -> i.row())
        .filter(r -> r.priority() == Priority.P2 && r.siteId() != null).findFirst().orElseThrow();
    UUID last = null;
    for (int i = 0; i < 8; i++) { // more jobs with three SLA badges each than the list can show
      last = console.newJob(new NewWorkOrder(longClocks.customerId(), longClocks.siteId(), null, null,
          WorkOrderType.REPAIR, Priority.P2, "Walk-in freezer alarm " + i, null, null, null, null));
    }
    console.awaitInQueue(last);
    WaitForAsyncUtils.waitForFxEvents();
    console.screenshot("dispatch-board-queue-scrolled");

    ListView<?> list = robot.lookup("#queueList").queryAs(ListView.class);
    ListRowsOnScreen.assertNeitherClippedNorOverlapping(robot, list);

    // scrolled down, while jobs come and go: the dispatcher's usual view
    robot.interact(() -> list.scrollTo(5));
    UUID another = console.newJob(new NewWorkOrder(gold.customerId(), gold.id(), null, null, WorkOrderType.REPAIR,
        Priority.P2, "Cold room door seal torn", null, null, null, null));
    console.awaitInQueue(another);
    WaitForAsyncUtils.waitForFxEvents();
    console.screenshot("dispatch-board-queue-scrolled-down");
    ListRowsOnScreen.assertNeitherClippedNorOverlapping(robot, list);
  }

  @Test
  void dragAJobOntoATechnicianAssignsAndSchedulesIt(FxRobot robot) throws Exception {
    Technician tech = console.server().technicians().get(1);
    UUID id = newJob("Ice machine leaks", null);
    console.awaitInQueue(id);
    String label = label(id);
    robot.clickOn("#queueSearch").write(label);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#queue-" + label).tryQuery().isPresent());
    Node job = robot.lookup("#queue-" + label).query();
    Node lane = robot.lookup(TimelineViewAccess.lane(tech.name())).query();
    var b = lane.localToScreen(lane.getBoundsInLocal());
    // drop at 17:00 on the technician's row
    var axisStart = b.getMinX() + TimelineViewAccess.nameWidth();
    double x = axisStart + (b.getMaxX() - axisStart) * (17.0 - TimeAxis.FIRST_HOUR)
        / (TimeAxis.LAST_HOUR - TimeAxis.FIRST_HOUR);
    robot.drag(job).moveTo(new javafx.geometry.Point2D(x - 40, b.getCenterY()))
        .moveTo(new javafx.geometry.Point2D(x, b.getCenterY())).drop();
    WaitForAsyncUtils.waitForFxEvents();
    if (robot.lookup("#warnProceed").tryQuery().isPresent()) {
      robot.clickOn("#warnProceed");
    }
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#block-" + label).tryQuery().isPresent());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> console.server().find(WorkOrder.class, id)
        .map(w -> tech.id().equals(w.assigneeId()) && w.scheduledStart() != null).orElse(false));
    WorkOrder onServer = console.server().find(WorkOrder.class, id).orElseThrow();
    assertThat(onServer.scheduledStart().atZone(ZONE).getHour()).isEqualTo(17);
    assertThat(console.window().board().job(id).orElseThrow().assigneeName()).isEqualTo(tech.name());
    console.screenshot("dispatch-board-after-drag");
  }

  @Test
  void assignWithTheKeyboardWarnsOfAMissingSkillAndAnOverlapAndAssignsAnyway(FxRobot robot) throws Exception {
    Technician tech = console.server().technicians().get(0);
    String missing = console.server().data.technicians().stream().flatMap(t -> t.skills().stream()).map(s -> s.code())
        .filter(code -> tech.skills().stream().noneMatch(s -> s.code().equals(code))).findFirst().orElse("PLUMBING");
    // the technician already has a job 10:00–12:00 today
    Site site = console.server().siteWithoutContract();
    LocalDate today = LocalDate.now(console.clock());
    UUID busy = console.newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.PREVENTIVE,
        Priority.P3, "Quarterly filter change", null, today.atTime(10, 0).atZone(ZONE).toInstant(),
        today.atTime(12, 0).atZone(ZONE).toInstant(), tech.id()));
    UUID id = newJob("Drain backs up", missing);
    console.awaitInQueue(id);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.window().board().lane(tech.id())
        .map(l -> l.jobs().stream().anyMatch(j -> j.id().equals(busy))).orElse(false)
        && !console.window().board().job(busy).orElseThrow().provisional());
    String busyLabel = label(busy);
    console.selectInQueue(robot, id);
    robot.type(KeyCode.A);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignDialog").tryQuery().isPresent());
    robot.clickOn("#assignTechnician");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
        .match((javafx.scene.control.ListCell<?> c) -> c.getText() != null && c.getText().startsWith(tech.name()))
        .<Node>query());
    robot.clickOn("#assignStart").type(KeyCode.END).eraseText(8).write("10:00");
    Screenshots.save(robot.lookup("#assignDialog").query().getScene(), "assign-dialog");
    robot.clickOn("#assignConfirm");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignWarnings").tryQuery().isPresent());
    Node warnings = robot.lookup("#assignWarnings").query();
    Screenshots.save(warnings.getScene(), "assign-warnings");
    String text = ((javafx.scene.control.DialogPane) warnings).getContentText();
    assertThat(text).contains(missing).contains("Overlaps " + busyLabel);
    robot.clickOn("#warnProceed");
    String label = label(id);
    // looked up on the FX thread: the board redraws its lanes while the assignment arrives
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
        robot.lookup("#block-" + label).tryQuery().isPresent()).get());
    assertThat(console.window().board().job(id).orElseThrow().assigneeName()).isEqualTo(tech.name());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> console.server().find(WorkOrder.class, id)
        .map(w -> tech.id().equals(w.assigneeId())).orElse(false));
  }

  @Test
  void reassigningAJobToAnotherTechnicianInTheSameSlotReadsAsDoneNotAsARefusal(FxRobot robot) throws Exception {
    Technician from = console.server().technicians().get(2);
    Technician to = console.server().technicians().get(1);
    Site site = console.server().siteWithoutContract();
    Instant ten = LocalDate.now(console.clock()).atTime(10, 0).atZone(ZONE).toInstant();
    UUID id = console.newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P3, "Boiler service, same slot", null, ten, ten.plus(Duration.ofHours(2)), from.id()));
    console.awaitInQueue(id);
    String label = label(id);
    robot.interact(() -> console.window().board().messageProperty().set(""));

    // select, A, the other technician, 10:00 for the job's two hours: the slot it already has
    console.assignWithKeyboard(robot, id, to.name());

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !console.window().board().messageProperty().get().isEmpty());
    assertThat(console.window().board().messageProperty().get()).startsWith(label + " assigned to " + to.name())
        .doesNotContain("Could not");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> console.server().find(WorkOrder.class, id)
        .map(w -> to.id().equals(w.assigneeId())).orElse(false));
    WorkOrder onServer = console.server().find(WorkOrder.class, id).orElseThrow();
    assertThat(onServer.scheduledStart()).isEqualTo(ten);
    assertThat(onServer.scheduledEnd()).isEqualTo(ten.plus(Duration.ofHours(2)));
    assertThat(console.window().replica().syncStatus().rejected()).isEmpty();
  }

  @Test
  void aBadgeTurnsFromNormalToWarningToBreachedAsTheClockAdvances(FxRobot robot) throws Exception {
    Site gold = console.server().goldSite();
    UUID id = console.newJob(new NewWorkOrder(gold.customerId(), gold.id(), null, null, WorkOrderType.REPAIR,
        Priority.P1, "Server room cooling failed", null, null, null, null));
    console.awaitInQueue(id);
    WorkOrderRow row = console.window().board().queue().find(id).row();
    // Gold 24x7 P1: response due 60 min after creation; the warning comes at 75 % (15 min left).
    // The clock moves to 40½ min before the due time so the texts (whole minutes) are exact.
    assertThat(row.slaDue()).isEqualTo(row.createdAt().plus(Duration.ofMinutes(60)));
    String label = label(id);
    MutableClock clock = console.clock();
    clock.advance(Duration.between(clock.instant(), row.slaDue().minus(Duration.ofMinutes(40).plusSeconds(30))));
    console.tick();
    Label badge = robot.lookup("#queue-" + label).lookup(".fo-sla-badge").query();
    assertThat(badge.getUserData()).isEqualTo(BadgeState.OK);
    assertThat(badge.getText()).isEqualTo("Response 40 min");
    assertThat(badge.getTooltip().getText()).isEqualTo("Response: 40 min left");
    console.screenshot("badge-normal");
    clock.advance(Duration.ofMinutes(26));
    console.tick();
    Label warning = robot.lookup("#queue-" + label).lookup(".fo-sla-badge").query();
    assertThat(warning.getUserData()).isEqualTo(BadgeState.WARNING);
    assertThat(warning.getText()).isEqualTo("Response 14 min");
    assertThat(warning.getStyleClass()).contains("fo-warning");
    console.screenshot("badge-warning");
    clock.advance(Duration.ofMinutes(15).plusSeconds(30));
    console.tick();
    Label after = robot.lookup("#queue-" + label).lookup(".fo-sla-badge").query();
    assertThat(after.getUserData()).isEqualTo(BadgeState.BREACHED);
    assertThat(after.getText()).isEqualTo("Response overdue 1 min");
    assertThat(after.getStyleClass()).contains("fo-breached");
  }

  @Test
  void everyScreenCanBeReachedWithItsShortcut(FxRobot robot) throws Exception {
    waitForBoard();
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
    assertThat(console.window().shell().screenProperty().get()).isEqualTo(Screen.ESCALATIONS);
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    assertThat(console.window().shell().screenProperty().get()).isEqualTo(Screen.DISPATCH);
  }
}
