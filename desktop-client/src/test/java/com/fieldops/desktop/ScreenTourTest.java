package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.dispatch.TimelineViewAccess;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.desktop.testing.MutableClock;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.desktop.theme.ThemeMode;
import com.fieldops.model.customer.Site;
import com.fieldops.model.technician.Technician;
import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.model.workorder.WorkOrderStatus;
import com.fieldops.model.workorder.WorkOrderType;
import com.fieldops.replica.CommandOutcome;
import com.fieldops.replica.FaultInjector;
import com.fieldops.replica.NewWorkOrder;
import com.fieldops.replica.Replica;
import com.fieldops.replica.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
 * Every screen in Chinese and in the dark theme, saved as screenshots, and the texts really in
 * Chinese: the real replica against the real sync server (demo data), signed in as the demo
 * dispatcher, offline with a change waiting and a change the server rejected.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTourTest {
  @TempDir
  static Path dir;

  static ConsoleServer server;
  static Replica office;

  private final MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Europe/Berlin"));
  private final FaultInjector consoleNetwork = new FaultInjector(1, 0);
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
    app = server.dispatcherConsole(dir, Locale.SIMPLIFIED_CHINESE, clock, List.of(consoleNetwork));
    app.start(stage);
  }

  @AfterEach
  void stop() throws Exception {
    consoleNetwork.offline(false);
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
  }

  private void show(Screen s) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.window().shell().screenProperty().set(s)).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static UUID newJob(String problem) throws Exception {
    Site site = server.siteWithoutContract();
    CommandOutcome created = office.createWorkOrder(new NewWorkOrder(site.customerId(), site.id(), null, null,
        WorkOrderType.REPAIR, Priority.P2, problem, null, null, null, null));
    assertThat(created).isInstanceOf(CommandOutcome.Recorded.class);
    ConsoleServer.pushed(office);
    return ((CommandOutcome.Recorded) created).entityId();
  }

  /** Select the job, press A, pick the technician, 10:00, confirm (and accept warnings). */
  private void assignWithKeyboard(FxRobot robot, UUID id, String technician) throws Exception {
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
    robot.type(KeyCode.A);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignDialog").tryQuery().isPresent());
    robot.clickOn("#assignTechnician");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
        .match((javafx.scene.control.ListCell<?> c) -> c.getText() != null && c.getText().startsWith(technician))
        .<Node>query());
    robot.clickOn("#assignStart").type(KeyCode.END).eraseText(8).write("10:00");
    robot.clickOn("#assignConfirm");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignDialog").tryQuery().isEmpty()
        || robot.lookup("#warnProceed").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    if (robot.lookup("#warnProceed").tryQuery().isPresent()) {
      robot.clickOn("#warnProceed");
    }
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignWarnings").tryQuery().isEmpty());
  }

  @Test
  void everyScreenInChineseAndDark(FxRobot robot) throws Exception {
    Technician tech = server.technicians().get(0);
    UUID id = newJob("Walk-in freezer alarm");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().board().queue().find(id) != null && !app.window().board().queue().find(id).row().provisional()
        && !app.window().board().lanes().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    // offline with an assignment waiting, while the job is cancelled from the other device
    consoleNetwork.offline(true);
    assignWithKeyboard(robot, id, tech.name());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> app.window().syncStatus().connectivityProperty().get() == SyncStatus.Connectivity.OFFLINE
            && app.window().syncStatus().pendingCountProperty().get() > 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nav-DISPATCH").queryLabeled().getText()).isEqualTo("调度看板");
    assertThat(robot.lookup("#syncConnectivity").queryLabeled().getText()).isEqualTo("离线");
    Screenshots.save(stage.getScene(), "zh-dispatch-board");

    office.syncNow();
    ConsoleServer.await("the other device has the job", Duration.ofSeconds(10), () -> office.workOrder(id).isPresent());
    assertThat(office.changeStatus(id, WorkOrderStatus.CANCELLED, null, null, "客户已自行修好"))
        .isInstanceOf(CommandOutcome.Recorded.class);
    ConsoleServer.pushed(office);
    assertThat(server.find(WorkOrder.class, id).orElseThrow().status()).isEqualTo(WorkOrderStatus.CANCELLED);
    consoleNetwork.offline(false);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.window().syncStatus().rejected().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#syncRejectedToggle");
    Screenshots.save(stage.getScene(), "zh-rejected-changes");
    robot.clickOn("#syncRejectedToggle");

    WaitForAsyncUtils.asyncFx(() -> app.window().board().scaleProperty().set(
        com.fieldops.desktop.dispatch.TimelineScale.WEEK)).get();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> robot.lookup(TimelineViewAccess.lane(tech.name())).tryQuery().isPresent());
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
