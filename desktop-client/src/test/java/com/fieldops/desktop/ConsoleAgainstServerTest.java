package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.model.common.Ids;
import com.fieldops.model.workorder.Priority;
import com.fieldops.model.workorder.WorkOrder;
import com.fieldops.model.workorder.WorkOrderStatus;
import com.fieldops.model.workorder.WorkOrderType;
import com.fieldops.replica.ReplicaFixtures;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.SyncStatus;
import com.fieldops.replica.SyncTestSupport;
import com.fieldops.replica.TestSyncServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * The console with the real replica (SQLite file, sync engine over HTTP) against a server on
 * loopback: sign in, assign, work offline and come back, see a rejection's reason.
 *
 * <p>The server is the protocol stand-in from shared-model's test fixtures, which applies
 * mutations with the same shared functions as the real server; switch to sync-server's
 * in-process builder when it exists.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAgainstServerTest {
  @TempDir
  static Path dir;

  static final ReplicaFixtures WORLD = new ReplicaFixtures();
  static TestSyncServer server;

  private DispatchConsoleApp app;
  private Stage stage;

  @BeforeAll
  static void startServer() throws Exception {
    server = SyncTestSupport.server(WORLD, 100).start(0);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    ConsoleOptions options = new ConsoleOptions(false, server.url(), "dora", "secret", Locale.ENGLISH,
        dir.resolve("config-" + UUID.randomUUID()), dir.resolve("replicas-" + UUID.randomUUID()),
        Clock.systemDefaultZone(), true);
    app = new DispatchConsoleApp(options, config -> Replicas.open(config
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(3))));
    app.start(stage);
  }

  @AfterEach
  void stop() throws Exception {
    if (server.port() > 0 && !serverUp()) {
      server.start(server.port());
    }
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
  }

  private static boolean serverUp() {
    try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  private static UUID seedNewJob(String problem) {
    UUID id = Ids.newId();
    server.seed(new WorkOrder(id, null, WORLD.customerId, WORLD.siteId, null, null, WorkOrderType.REPAIR,
        Priority.P2, WorkOrderStatus.NEW, null, null, null, ReplicaFixtures.REGION, null, null, problem, null,
        Instant.now().minus(Duration.ofMinutes(30)), WORLD.dispatcherUserId));
    return id;
  }

  private void awaitInQueue(UUID id) throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().board().queue().find(id) != null && !app.window().board().lanes().isEmpty());
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

  /** Select the job, press A, pick the technician, 10:00, confirm (and accept warnings). */
  private void assignWithKeyboard(FxRobot robot, UUID id, String technician) throws Exception {
    selectInQueue(robot, id);
    robot.type(KeyCode.A);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignDialog").tryQuery().isPresent());
    robot.clickOn("#assignTechnician");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
        .match((javafx.scene.control.ListCell<?> c) -> c.getText() != null && c.getText().startsWith(technician))
        .<javafx.scene.Node>query());
    javafx.scene.control.ComboBox<?> combo = robot.lookup("#assignTechnician").queryAs(javafx.scene.control.ComboBox.class);
    assertThat(String.valueOf(((com.fieldops.desktop.dispatch.TechnicianLane) combo.getValue()).name()))
        .isEqualTo(technician);
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

  private static boolean assignedOnServer(UUID id, UUID technician) {
    return server.find(WorkOrder.class, id).map(w -> technician.equals(w.assigneeId())).orElse(false);
  }

  @Test
  void signsInAndShowsTheServersWorkOrdersAndTechnicians(FxRobot robot) throws Exception {
    UUID id = seedNewJob("Walk-in freezer alarm");
    awaitInQueue(id);
    assertThat(app.window().board().lanes()).extracting(l -> l.name()).contains("Tina Tech", "Otto Other");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> app.window().syncStatus().connectivityProperty().get() == SyncStatus.Connectivity.ONLINE);
    Screenshots.save(stage.getScene(), "server-board-signed-in");
  }

  @Test
  void assignByKeyboardShowsOnTheTechniciansRowAndReachesTheServer(FxRobot robot) throws Exception {
    UUID id = seedNewJob("Dough mixer stops");
    awaitInQueue(id);
    assignWithKeyboard(robot, id, "Tina Tech");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> assignedOnServer(id, WORLD.technicianId));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().board().lane(WORLD.technicianId)
        .map(l -> l.jobs().stream().anyMatch(j -> j.id().equals(id))).orElse(false));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().board().job(id)
        .map(j -> robot.lookup("#block-" + j.label()).tryQuery().isPresent()).orElse(false));
    Screenshots.save(stage.getScene(), "server-assigned-by-keyboard");
  }

  @Test
  void assignByDragReachesTheServer(FxRobot robot) throws Exception {
    UUID id = seedNewJob("Cold room door seal torn");
    awaitInQueue(id);
    selectInQueue(robot, id);
    String label = app.window().board().job(id).orElseThrow().label();
    var job = robot.lookup("#queue-" + label).query();
    var lane = robot.lookup("#lane-Otto_Other").query();
    var b = lane.localToScreen(lane.getBoundsInLocal());
    double axisStart = b.getMinX() + com.fieldops.desktop.dispatch.TimelineViewAccess.nameWidth();
    double x = axisStart + (b.getMaxX() - axisStart) * 0.3;
    robot.drag(job).moveTo(new javafx.geometry.Point2D(x - 30, b.getCenterY()))
        .moveTo(new javafx.geometry.Point2D(x, b.getCenterY())).drop();
    WaitForAsyncUtils.waitForFxEvents();
    if (robot.lookup("#warnProceed").tryQuery().isPresent()) {
      robot.clickOn("#warnProceed");
    }
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> assignedOnServer(id, WORLD.otherTechnicianId));
  }

  @Test
  void workDoneOfflineIsPendingAndSyncsWhenTheServerIsBack(FxRobot robot) throws Exception {
    UUID id = seedNewJob("Proofing cabinet too humid");
    awaitInQueue(id);
    server.stop();
    assignWithKeyboard(robot, id, "Otto Other");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> app.window().syncStatus().connectivityProperty().get() == SyncStatus.Connectivity.OFFLINE
            && app.window().syncStatus().pendingCountProperty().get() > 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#syncConnectivity").queryLabeled().getText()).isEqualTo("Offline");
    assertThat(robot.lookup("#syncPending").queryLabeled().getText()).endsWith("waiting to sync");
    assertThat(assignedOnServer(id, WORLD.otherTechnicianId)).isFalse();
    Screenshots.save(stage.getScene(), "server-offline-pending");
    server.start(server.port());
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> assignedOnServer(id, WORLD.otherTechnicianId));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("not on the server; console status: " + app.window().replica().syncStatus()
          + "; server has " + server.find(WorkOrder.class, id), e);
    }
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> app.window().syncStatus().pendingCountProperty().get() == 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#syncPending").queryLabeled().getText()).isEqualTo("No changes waiting");
  }

  @Test
  void aRejectedChangeShowsItsReasonAndCanBeDismissed(FxRobot robot) throws Exception {
    UUID id = seedNewJob("Display case light flickers");
    awaitInQueue(id);
    server.stop();
    assignWithKeyboard(robot, id, "Tina Tech");
    try {
      WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> app.window().syncStatus().pendingCountProperty().get() > 0);
    } catch (java.util.concurrent.TimeoutException e) {
      Screenshots.save(stage.getScene(), "failure-rejected-not-pending");
      throw new AssertionError("nothing pending; board says: " + app.window().board().messageProperty().get()
          + "; status " + app.window().replica().syncStatus(), e);
    }
    // meanwhile someone cancelled the job on the server
    WorkOrder current = server.find(WorkOrder.class, id).orElseThrow();
    server.seed(current.withStatus(WorkOrderStatus.CANCELLED, null));
    server.start(server.port());
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.window().syncStatus().rejected().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#syncRejectedToggle");
    var reason = app.window().syncStatus().rejected().get(0).reason();
    assertThat(reason).isNotBlank();
    assertThat(robot.lookup("#rejectedPanel").lookup(".fo-field-error").queryLabeled().getText())
        .isEqualTo("Reason: " + reason);
    Screenshots.save(stage.getScene(), "server-rejected-change");
    robot.clickOn("Dismiss");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().syncStatus().rejected().isEmpty());
    assertThat(Objects.requireNonNull(server.find(WorkOrder.class, id).orElseThrow().status()))
        .isEqualTo(WorkOrderStatus.CANCELLED);
  }

  @Test
  void badFieldValuesShowTheirMessagesNextToTheFieldsAndChangeNothing(FxRobot robot) throws Exception {
    UUID id = seedNewJob("Oven thermostat drifts");
    awaitInQueue(id);
    WaitForAsyncUtils.asyncFx(() -> app.window().openWorkOrder(id)).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().workOrder().detailProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#woStart").write("tomorrow morning");
    robot.clickOn("#woSave");
    assertThat(robot.lookup("#woStartError").queryLabeled().getText())
        .isEqualTo("Enter a date and time like 2026-03-14 09:30.");
    robot.clickOn("#woStart").type(KeyCode.END).eraseText(20).write("2026-12-01 10:00");
    robot.clickOn("#woEnd").write("2026-12-01 09:00");
    robot.clickOn("#woProblem").type(KeyCode.END).eraseText(30);
    robot.clickOn("#woSave");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#woStartError").queryLabeled().getText()).isEmpty();
    assertThat(robot.lookup("#woProblemError").queryLabeled().getText()).isNotBlank();
    assertThat(robot.lookup("#woEndError").queryLabeled().getText()).isNotBlank();
    Screenshots.save(stage.getScene(), "work-order-validation");
    assertThat(server.find(WorkOrder.class, id).orElseThrow().problem()).isEqualTo("Oven thermostat drifts");
    assertThat(app.window().syncStatus().pendingCountProperty().get()).isZero();
  }

  @Test
  void puttingAJobOnHoldNeedsAReasonAndReachesTheServer(FxRobot robot) throws Exception {
    UUID id = seedNewJob("Fryer oil pump leaks");
    awaitInQueue(id);
    assignWithKeyboard(robot, id, "Tina Tech");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> assignedOnServer(id, WORLD.technicianId));
    WaitForAsyncUtils.asyncFx(() -> app.window().openWorkOrder(id)).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.window().workOrder().detailProperty().get() != null
        && app.window().workOrder().detailProperty().get().id().equals(id));
    WaitForAsyncUtils.waitForFxEvents();
    Screenshots.save(stage.getScene(), "work-order-detail");
    robot.clickOn("#woCancel");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> server.find(WorkOrder.class, id).orElseThrow().status()
        == WorkOrderStatus.CANCELLED);
  }
}
