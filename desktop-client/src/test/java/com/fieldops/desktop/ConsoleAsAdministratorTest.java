package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.demo.DemoUsers;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.Replica;
import com.fieldops.replica.Replicas;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
 * The console signed in as the demo administrator against the real server. Putting a job on hold
 * is a move of the technician on the job or of an administrator (the shared workflow's table), so
 * the hold action is tested here: it needs a reason, and the reason reaches the server.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAsAdministratorTest {
  @TempDir
  static Path dir;

  static ConsoleServer server;
  private DispatchConsoleApp app;
  private Stage stage;

  @BeforeAll
  static void startServer() {
    server = ConsoleServer.withDemoData(dir.resolve("server"));
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    ConsoleOptions options = new ConsoleOptions(false, server.url(), DemoUsers.ADMIN, ConsoleServer.PASSWORD,
        Locale.ENGLISH, dir.resolve("config-" + UUID.randomUUID()), dir.resolve("replicas-" + UUID.randomUUID()),
        Clock.systemDefaultZone(), true);
    app = new DispatchConsoleApp(options, config -> Replicas.open(config
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(30))));
    app.start(stage);
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> app.stop()).get(10, TimeUnit.SECONDS);
  }

  /** A job the technician has reached on site, moved there from their phone. */
  private static UUID jobOnSite(Technician tech) throws Exception {
    Site site = server.siteWithoutContract();
    try (Replica office = server.dispatcherDevice("office"); Replica phone = server.technicianDevice(tech)) {
      CommandOutcome created = office.workOrders().createWorkOrder(new NewWorkOrder(site.customerId(), site.id(), null, null,
          WorkOrderType.REPAIR, Priority.P2, "Compressor trips", null, null, null, tech.id()));
      UUID id = ((CommandOutcome.Recorded) created).entityId();
      ConsoleServer.pushed(office);
      phone.syncNow();
      ConsoleServer.await("the job reached the phone", Duration.ofSeconds(15), () -> phone.workOrders().workOrder(id).isPresent());
      for (WorkOrderStatus s : List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE)) {
        assertThat(phone.workOrders().changeStatus(id, s, null)).isInstanceOf(CommandOutcome.Recorded.class);
      }
      ConsoleServer.pushed(phone);
      assertThat(phone.syncStatus().rejected()).isEmpty();
      return id;
    }
  }

  @Test
  void puttingAJobOnHoldNeedsAReasonAndReachesTheServer(FxRobot robot) throws Exception {
    UUID id = jobOnSite(server.technicians().get(0));
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().replica().workOrders().workOrder(id).map(d -> d.workOrder().status() == WorkOrderStatus.ON_SITE).orElse(false));
    ConsoleFixture.openWorkOrder(app.window(), id);

    robot.clickOn("#woHold");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#holdDialog").tryQuery().isPresent());
    assertThat(robot.lookup("#holdConfirm").queryButton().isDisabled()).as("no reason chosen yet").isTrue();
    Screenshots.save(robot.lookup("#holdDialog").query().getScene(), "hold-needs-a-reason");
    robot.clickOn("#holdReason");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
        .match((javafx.scene.control.ListCell<?> c) -> "Waiting for the customer".equals(c.getText()))
        .<Node>query());
    assertThat(robot.lookup("#holdConfirm").queryButton().isDisabled()).isFalse();
    robot.clickOn("#holdConfirm");

    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> server.find(WorkOrder.class, id)
        .map(w -> w.status() == WorkOrderStatus.ON_HOLD).orElse(false));
    assertThat(server.find(WorkOrder.class, id).orElseThrow().onHoldReason()).isEqualTo(OnHoldReason.WAITING_FOR_CUSTOMER);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#woResume").queryButton().isVisible());
    assertThat(robot.lookup("#workOrderStatus").queryLabeled().getText()).contains("Waiting for the customer");
  }

  @Test
  void withoutAReasonNothingIsRecorded() throws Exception {
    UUID id = jobOnSite(server.technicians().get(1));
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.window() != null
        && app.window().replica().workOrders().workOrder(id).map(d -> d.workOrder().status() == WorkOrderStatus.ON_SITE).orElse(false));
    ConsoleFixture.openWorkOrder(app.window(), id);

    WaitForAsyncUtils.asyncFx(() -> app.window().workOrder().putOnHold(null)).get();

    assertThat(app.window().workOrder().messageProperty().get()).isEqualTo("Choose why the job waits.");
    assertThat(app.window().replica().syncStatus().pendingCount()).isZero();
    assertThat(server.find(WorkOrder.class, id).orElseThrow().status()).isEqualTo(WorkOrderStatus.ON_SITE);
  }
}
