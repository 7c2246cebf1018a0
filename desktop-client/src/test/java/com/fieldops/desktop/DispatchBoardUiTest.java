package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.countdown.BadgeState;
import com.fieldops.desktop.dispatch.TimeAxis;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.BoardFixtures;
import com.fieldops.desktop.testing.InMemoryReplica;
import com.fieldops.desktop.testing.MutableClock;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.model.technician.Technician;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board against an in-memory replica: drag, keyboard, badges, screenshots. */
@ExtendWith(ApplicationExtension.class)
class DispatchBoardUiTest {
  @TempDir
  static Path dir;

  private final MutableClock clock = new MutableClock(BoardFixtures.NOW, BoardFixtures.ZONE);
  private final List<Technician> techs = BoardFixtures.technicians();
  private final InMemoryReplica replica = new InMemoryReplica(techs, BoardFixtures.workOrders(40, techs));
  private DispatchConsoleApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    ConsoleOptions options = new ConsoleOptions(false, "http://127.0.0.1:9", "dispatcher", "secret", Locale.ENGLISH,
        dir.resolve("config-" + UUID.randomUUID()), dir.resolve("replicas"), clock, true);
    app = new DispatchConsoleApp(options, config -> replica);
    app.start(stage);
    stage.setWidth(1440);
    stage.setHeight(900);
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(5, TimeUnit.SECONDS);
  }

  private void waitForBoard(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().board().queue().totalProperty().get() > 0 && !app.window().board().lanes().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void signsInAndShowsTheQueueMostUrgentFirst(FxRobot robot) throws Exception {
    waitForBoard(robot);
    Screenshots.save(stage.getScene(), "dispatch-board-day");
    var items = app.window().board().queue().items();
    assertThat(items.get(0).row().label()).isEqualTo("WO-2026-000004");
    assertThat(robot.lookup("#queue-WO-2026-000001").tryQuery()).isPresent();
    assertThat(robot.lookup("#lane-Anna_Weber").tryQuery()).isPresent();
  }

  @Test
  void dragAJobOntoATechnicianAssignsAndSchedulesIt(FxRobot robot) throws Exception {
    waitForBoard(robot);
    Node job = robot.lookup("#queue-WO-2026-000002").query();
    Node lane = robot.lookup("#lane-Ben_Schulz").query();
    var b = lane.localToScreen(lane.getBoundsInLocal());
    // Ben works 12:00–20:00 and has a job 14:00–16:00; drop at 17:00 on his row.
    var axisStart = b.getMinX() + com.fieldops.desktop.dispatch.TimelineViewAccess.nameWidth();
    double x = axisStart + (b.getMaxX() - axisStart) * (17.0 - TimeAxis.FIRST_HOUR)
        / (TimeAxis.LAST_HOUR - TimeAxis.FIRST_HOUR);
    robot.drag(job).moveTo(new javafx.geometry.Point2D(x - 40, b.getMinY() + b.getHeight() / 2))
        .moveTo(new javafx.geometry.Point2D(x, b.getMinY() + b.getHeight() / 2)).drop();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#block-WO-2026-000002").tryQuery().isPresent());
    assertThat(replica.commands()).anyMatch(c -> c.startsWith("assign "));
    var row = replica.row(UUID.nameUUIDFromBytes("wo2".getBytes())).orElseThrow();
    assertThat(row.assigneeName()).isEqualTo("Ben Schulz");
    assertThat(row.scheduledStart().atZone(BoardFixtures.ZONE).getHour()).isEqualTo(17);
    Screenshots.save(stage.getScene(), "dispatch-board-after-drag");
  }

  @Test
  void assignWithTheKeyboardWarnsOfAMissingSkillAndAssignsAnyway(FxRobot robot) throws Exception {
    waitForBoard(robot);
    robot.clickOn("#queue-WO-2026-000002");
    robot.type(KeyCode.A);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignDialog").tryQuery().isPresent());
    robot.clickOn("#assignTechnician");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
        .match((javafx.scene.control.ListCell<?> c) -> "Anna Weber  (HVAC, ELECTRICAL)".equals(c.getText()))
        .<javafx.scene.Node>query());
    robot.clickOn("#assignStart").type(KeyCode.END).eraseText(8).write("10:00");
    Screenshots.save(robot.lookup("#assignDialog").query().getScene(), "assign-dialog");
    robot.clickOn("#assignConfirm");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignWarnings").tryQuery().isPresent());
    Node warnings = robot.lookup("#assignWarnings").query();
    Screenshots.save(warnings.getScene(), "assign-warnings");
    String text = ((javafx.scene.control.DialogPane) warnings).getContentText();
    assertThat(text).contains("PLUMBING").contains("Overlaps WO-2026-000003");
    robot.clickOn("#warnProceed");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#block-WO-2026-000002").tryQuery().isPresent());
    assertThat(replica.row(UUID.nameUUIDFromBytes("wo2".getBytes())).orElseThrow().assigneeName()).isEqualTo("Anna Weber");
  }

  @Test
  void aBadgeTurnsFromNormalToWarningToBreachedAsTheClockAdvances(FxRobot robot) throws Exception {
    waitForBoard(robot);
    // WO-1 was created 1 h ago and is due in 40 min: the warning (at 75 %) comes 15 min from now
    Label badge = robot.lookup("#queue-WO-2026-000001").lookup(".fo-sla-badge").query();
    assertThat(badge.getUserData()).isEqualTo(BadgeState.OK);
    assertThat(badge.getText()).isEqualTo("Response 40 min");
    assertThat(badge.getTooltip().getText()).isEqualTo("Response: 40 min left");
    Screenshots.save(stage.getScene(), "badge-normal");
    clock.advance(Duration.ofMinutes(15));
    WaitForAsyncUtils.asyncFx(() -> app.window().tick()).get();
    WaitForAsyncUtils.waitForFxEvents();
    Label warning = robot.lookup("#queue-WO-2026-000001").lookup(".fo-sla-badge").query();
    assertThat(warning.getUserData()).isEqualTo(BadgeState.WARNING);
    assertThat(warning.getText()).isEqualTo("Response 25 min");
    assertThat(warning.getStyleClass()).contains("fo-warning");
    Screenshots.save(stage.getScene(), "badge-warning");
    clock.advance(Duration.ofMinutes(26));
    WaitForAsyncUtils.asyncFx(() -> app.window().tick()).get();
    WaitForAsyncUtils.waitForFxEvents();
    Label after = robot.lookup("#queue-WO-2026-000001").lookup(".fo-sla-badge").query();
    assertThat(after.getUserData()).isEqualTo(BadgeState.BREACHED);
    assertThat(after.getText()).isEqualTo("Response overdue 1 min");
    assertThat(after.getStyleClass()).contains("fo-breached");
  }

  @Test
  void everyScreenCanBeReachedWithItsShortcut(FxRobot robot) throws Exception {
    waitForBoard(robot);
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
    assertThat(app.window().shell().screenProperty().get()).isEqualTo(Screen.ESCALATIONS);
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    assertThat(app.window().shell().screenProperty().get()).isEqualTo(Screen.DISPATCH);
  }
}
