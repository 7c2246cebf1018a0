package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.BoardFixtures;
import com.fieldops.desktop.testing.InMemoryReplica;
import com.fieldops.desktop.testing.MutableClock;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.desktop.theme.ThemeMode;
import com.fieldops.model.technician.Technician;
import com.fieldops.replica.RejectedMutation;
import com.fieldops.replica.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every screen in Chinese and in the dark theme, saved as screenshots, and the texts really in Chinese. */
@ExtendWith(ApplicationExtension.class)
class ScreenTourTest {
  @TempDir
  static Path dir;

  private final MutableClock clock = new MutableClock(BoardFixtures.NOW, BoardFixtures.ZONE);
  private final List<Technician> techs = BoardFixtures.technicians();
  private final InMemoryReplica replica = new InMemoryReplica(techs, BoardFixtures.workOrders(60, techs));
  private DispatchConsoleApp app;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    ConsoleOptions options = new ConsoleOptions(false, "http://127.0.0.1:9", "dispatcher", "secret",
        Locale.SIMPLIFIED_CHINESE, dir.resolve("config-" + UUID.randomUUID()), dir.resolve("replicas"), clock, true);
    app = new DispatchConsoleApp(options, config -> replica);
    app.start(stage);
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(5, TimeUnit.SECONDS);
  }

  private void show(Screen s) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.window().shell().screenProperty().set(s)).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void everyScreenInChineseAndDark(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().board().queue().totalProperty().get() > 0 && !app.window().board().lanes().isEmpty());
    replica.status(new SyncStatus(SyncStatus.Connectivity.OFFLINE, false, BoardFixtures.NOW.minus(Duration.ofMinutes(12)),
        3, List.of(), null, BoardFixtures.NOW.plusSeconds(30)));
    replica.reject(new RejectedMutation(UUID.randomUUID(), "AssignWorkOrder", UUID.nameUUIDFromBytes("wo2".getBytes()),
        "把 WO-2026-000002 指派给 Ben Schulz", BoardFixtures.NOW, "TRANSITION_NOT_ALLOWED",
        "工单 WO-2026-000002 已取消：请重新指派", null));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nav-DISPATCH").queryLabeled().getText()).isEqualTo("调度看板");
    assertThat(robot.lookup("#syncConnectivity").queryLabeled().getText()).isEqualTo("离线");
    Screenshots.save(stage.getScene(), "zh-dispatch-board");
    robot.clickOn("#syncRejectedToggle");
    Screenshots.save(stage.getScene(), "zh-rejected-changes");
    robot.clickOn("#syncRejectedToggle");
    WaitForAsyncUtils.asyncFx(() -> app.window().board().scaleProperty().set(
        com.fieldops.desktop.dispatch.TimelineScale.WEEK)).get();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#lane-Anna_Weber").tryQuery().isPresent());
    Screenshots.save(stage.getScene(), "zh-dispatch-week");
    show(Screen.ESCALATIONS);
    Screenshots.save(stage.getScene(), "zh-escalations");
    show(Screen.KPIS);
    Screenshots.save(stage.getScene(), "zh-kpis");
    show(Screen.CUSTOMERS);
    Screenshots.save(stage.getScene(), "zh-customers");
    show(Screen.WORK_ORDERS);
    Screenshots.save(stage.getScene(), "zh-work-orders");

    WaitForAsyncUtils.asyncFx(() -> app.window().shell().themeProperty().set(ThemeMode.DARK)).get();
    show(Screen.DISPATCH);
    WaitForAsyncUtils.asyncFx(() -> app.window().board().scaleProperty().set(
        com.fieldops.desktop.dispatch.TimelineScale.DAY)).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getScene().getRoot().getStyleClass()).contains("dark");
    Screenshots.save(stage.getScene(), "zh-dark-dispatch-board");
    show(Screen.KPIS);
    Screenshots.save(stage.getScene(), "zh-dark-kpis");
  }
}
