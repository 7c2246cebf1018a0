package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.countdown.BadgeState;
import com.fieldops.desktop.dispatch.TimeAxis;
import com.fieldops.desktop.dispatch.TimelineViewAccess;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.desktop.testing.MutableClock;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.model.customer.Site;
import com.fieldops.model.technician.Technician;
import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.model.workorder.WorkOrderType;
import com.fieldops.replica.CommandOutcome;
import com.fieldops.replica.NewWorkOrder;
import com.fieldops.replica.Replica;
import com.fieldops.replica.view.WorkOrderRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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

  static ConsoleServer server;
  static Replica office;

  private final MutableClock clock = new MutableClock(Instant.now(), ZONE);
  private DispatchConsoleApp app;
  private Stage stage;

  @BeforeAll
  static void startServer() throws Exception {
    server = ConsoleServer.withDemoData(dir.resolve("server"));
    office = server.dispatcherDevice("office");
  }

  @AfterAll
  static void stopServer() {
    if (office != null) {
      office.close();
    }
    server.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    app = server.dispatcherConsole(dir, Locale.ENGLISH, clock, List.of());
    app.start(stage);
    stage.setWidth(1440);
    stage.setHeight(900);
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
  }

  /** A new job recorded by the dispatcher's other device and pushed to the server. */
  private static UUID newJob(NewWorkOrder draft) throws Exception {
    CommandOutcome created = office.createWorkOrder(draft);
    assertThat(created).isInstanceOf(CommandOutcome.Recorded.class);
    ConsoleServer.pushed(office);
    return ((CommandOutcome.Recorded) created).entityId();
  }

  private static UUID newJob(String problem, String skill) throws Exception {
    Site site = server.siteWithoutContract();
    return newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR, Priority.P2, problem,
        skill, null, null, null));
  }

  private void waitForBoard() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().board().queue().totalProperty().get() > 0 && !app.window().board().lanes().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void awaitInQueue(UUID id) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().board().queue().find(id) != null && !app.window().board().lanes().isEmpty()
        && !app.window().board().queue().find(id).row().provisional());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void selectInQueue(FxRobot robot, UUID id) throws Exception {
    ListView<?> list = robot.lookup("#queueList").queryAs(ListView.class);
    WaitForAsyncUtils.asyncFx(() -> {
      var item = app.window().board().queue().find(id);
      @SuppressWarnings("unchecked")
      ListView<Object> l = (ListView<Object>) list;
      l.getSelectionModel().select(item);
      l.scrollTo(item);
      l.requestFocus();
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  private String label(UUID id) {
    return app.window().board().job(id).orElseThrow().label();
  }

  private void tick() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.window().tick()).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void signsInAndShowsTheQueueMostUrgentFirst(FxRobot robot) throws Exception {
    waitForBoard();
    Screenshots.save(stage.getScene(), "dispatch-board-day");
    var items = app.window().board().queue().items();
    assertThat(items).extracting(i -> i.row().slaDue())
        .isSortedAccordingTo(Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
    assertThat(items.get(0).row().slaDue()).as("the most urgent job has a due time").isNotNull();
    assertThat(robot.lookup("#queue-" + items.get(0).row().label()).tryQuery()).isPresent();
    assertThat(robot.lookup(TimelineViewAccess.lane(server.technicians().get(0).name())).tryQuery()).isPresent();
  }

  @Test
  void dragAJobOntoATechnicianAssignsAndSchedulesIt(FxRobot robot) throws Exception {
    Technician tech = server.technicians().get(1);
    UUID id = newJob("Ice machine leaks", null);
    awaitInQueue(id);
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
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> server.find(WorkOrder.class, id)
        .map(w -> tech.id().equals(w.assigneeId()) && w.scheduledStart() != null).orElse(false));
    WorkOrder onServer = server.find(WorkOrder.class, id).orElseThrow();
    assertThat(onServer.scheduledStart().atZone(ZONE).getHour()).isEqualTo(17);
    assertThat(app.window().board().job(id).orElseThrow().assigneeName()).isEqualTo(tech.name());
    Screenshots.save(stage.getScene(), "dispatch-board-after-drag");
  }

  @Test
  void assignWithTheKeyboardWarnsOfAMissingSkillAndAnOverlapAndAssignsAnyway(FxRobot robot) throws Exception {
    Technician tech = server.technicians().get(0);
    String missing = server.data.technicians().stream().flatMap(t -> t.skills().stream()).map(s -> s.code())
        .filter(code -> tech.skills().stream().noneMatch(s -> s.code().equals(code))).findFirst().orElse("PLUMBING");
    // the technician already has a job 10:00–12:00 today
    Site site = server.siteWithoutContract();
    LocalDate today = LocalDate.now(clock);
    UUID busy = newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.PREVENTIVE, Priority.P3,
        "Quarterly filter change", null, today.atTime(10, 0).atZone(ZONE).toInstant(),
        today.atTime(12, 0).atZone(ZONE).toInstant(), tech.id()));
    UUID id = newJob("Drain backs up", missing);
    awaitInQueue(id);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().board().lane(tech.id())
        .map(l -> l.jobs().stream().anyMatch(j -> j.id().equals(busy))).orElse(false)
        && !app.window().board().job(busy).orElseThrow().provisional());
    String busyLabel = label(busy);
    selectInQueue(robot, id);
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
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#block-" + label).tryQuery().isPresent());
    assertThat(app.window().board().job(id).orElseThrow().assigneeName()).isEqualTo(tech.name());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> server.find(WorkOrder.class, id)
        .map(w -> tech.id().equals(w.assigneeId())).orElse(false));
  }

  @Test
  void aBadgeTurnsFromNormalToWarningToBreachedAsTheClockAdvances(FxRobot robot) throws Exception {
    Site gold = server.goldSite();
    UUID id = newJob(new NewWorkOrder(gold.customerId(), gold.id(), null, null, WorkOrderType.REPAIR, Priority.P1,
        "Server room cooling failed", null, null, null, null));
    awaitInQueue(id);
    WorkOrderRow row = app.window().board().queue().find(id).row();
    // Gold 24x7 P1: response due 60 min after creation; the warning comes at 75 % (15 min left).
    // The clock moves to 40½ min before the due time so the texts (whole minutes) are exact.
    assertThat(row.slaDue()).isEqualTo(row.createdAt().plus(Duration.ofMinutes(60)));
    String label = label(id);
    clock.advance(Duration.between(clock.instant(), row.slaDue().minus(Duration.ofMinutes(40).plusSeconds(30))));
    tick();
    Label badge = robot.lookup("#queue-" + label).lookup(".fo-sla-badge").query();
    assertThat(badge.getUserData()).isEqualTo(BadgeState.OK);
    assertThat(badge.getText()).isEqualTo("Response 40 min");
    assertThat(badge.getTooltip().getText()).isEqualTo("Response: 40 min left");
    Screenshots.save(stage.getScene(), "badge-normal");
    clock.advance(Duration.ofMinutes(26));
    tick();
    Label warning = robot.lookup("#queue-" + label).lookup(".fo-sla-badge").query();
    assertThat(warning.getUserData()).isEqualTo(BadgeState.WARNING);
    assertThat(warning.getText()).isEqualTo("Response 14 min");
    assertThat(warning.getStyleClass()).contains("fo-warning");
    Screenshots.save(stage.getScene(), "badge-warning");
    clock.advance(Duration.ofMinutes(15).plusSeconds(30));
    tick();
    Label after = robot.lookup("#queue-" + label).lookup(".fo-sla-badge").query();
    assertThat(after.getUserData()).isEqualTo(BadgeState.BREACHED);
    assertThat(after.getText()).isEqualTo("Response overdue 1 min");
    assertThat(after.getStyleClass()).contains("fo-breached");
  }

  @Test
  void everyScreenCanBeReachedWithItsShortcut(FxRobot robot) throws Exception {
    waitForBoard();
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
    assertThat(app.window().shell().screenProperty().get()).isEqualTo(Screen.ESCALATIONS);
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    assertThat(app.window().shell().screenProperty().get()).isEqualTo(Screen.DISPATCH);
  }
}
