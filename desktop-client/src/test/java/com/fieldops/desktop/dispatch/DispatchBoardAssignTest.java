package com.fieldops.desktop.dispatch;

import com.fieldops.client.dispatch.AssignmentRequest;
import com.fieldops.client.dispatch.BoardData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.ConsoleContext;
import com.fieldops.client.countdown.CountdownSource;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.Replica;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's assign command without a robot: the view model on the dispatcher's real replica
 * against the real sync server (demo data). A board gesture is one mutation, whatever it turns out
 * to be (assignment, reassignment, new time); the shared apply function decides which.
 */
class DispatchBoardAssignTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @TempDir
  static Path dir;

  static ConsoleServer server;
  static Replica device;

  DispatchBoardViewModel board;
  final List<Boolean> done = new ArrayList<>();

  @BeforeAll
  static void startServer() throws Exception {
    server = ConsoleServer.withDemoData(dir.resolve("server"));
    device = server.dispatcherDevice("board");
  }

  @AfterAll
  static void stopServer() {
    if (device != null) {
      device.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openBoard() {
    ConsoleContext ctx = new ConsoleContext(new Messages(Locale.ENGLISH), TaskRunner.direct(),
        ConsoleSettings.load(dir.resolve("console.properties")), Clock.system(ZONE), dir, null);
    board = new DispatchBoardViewModel(ctx, device, new BoardData(device, CountdownSource.fromReplica()),
        new SimpleObjectProperty<>(Instant.now()));
    board.close(); // no live reloads from the replica's thread: the test reloads when it wants
  }

  @AfterEach
  void serverRunsAgain() {
    if (!server.isRunning()) {
      server.start();
    }
  }

  /** A job of the dispatcher's region on {@code tech} today 10:00–12:00 (site time), on the server. */
  private UUID jobOn(Technician tech, Instant ten) throws Exception {
    Site site = server.siteWithoutContract();
    CommandOutcome created = device.workOrders().createWorkOrder(new NewWorkOrder(site.customerId(), site.id(), null, null,
        WorkOrderType.REPAIR, Priority.P3, "Boiler service " + UUID.randomUUID(), null, ten,
        ten.plus(Duration.ofHours(2)), tech.id()));
    assertThat(created).isInstanceOf(CommandOutcome.Recorded.class);
    ConsoleServer.pushed(device);
    board.reload();
    return ((CommandOutcome.Recorded) created).entityId();
  }

  private static Instant tenTomorrow() {
    return LocalDate.now(ZONE).plusDays(1).atTime(10, 0).atZone(ZONE).toInstant();
  }

  @Test
  void reassigningToAnotherTechnicianInTheSameSlotIsOneMutationAndReadsAsDone() throws Exception {
    Technician from = server.technicians().get(1);
    Technician to = server.technicians().get(2);
    Instant ten = tenTomorrow();
    UUID id = jobOn(from, ten);
    AssignmentRequest req = board.request(id, to.id(), ten).orElseThrow();
    assertThat(req.end()).isEqualTo(ten.plus(Duration.ofHours(2)));

    server.stop(); // what the gesture records stays in the outbox: count it
    board.commit(req, done::add);

    assertThat(done).containsExactly(true);
    assertThat(board.messageProperty().get()).startsWith(req.workOrderLabel() + " assigned to " + to.name())
        .doesNotContain("Could not");
    assertThat(device.syncStatus().pendingCount()).as("one gesture, one mutation").isEqualTo(1);
    assertThat(board.job(id).orElseThrow().assigneeId()).as("the board shows it at once").isEqualTo(to.id());

    server.start();
    ConsoleServer.pushed(device);
    WorkOrder onServer = server.find(WorkOrder.class, id).orElseThrow();
    assertThat(onServer.assigneeId()).isEqualTo(to.id());
    assertThat(onServer.status()).isEqualTo(WorkOrderStatus.ASSIGNED);
    assertThat(onServer.scheduledStart()).isEqualTo(ten);
    assertThat(device.syncStatus().rejected()).isEmpty();
  }

  @Test
  void theSameTechnicianLaterIsOnlyRescheduledAndTheSameSlotAgainIsRefusedChangingNothing() throws Exception {
    Technician tech = server.technicians().get(2);
    Instant ten = tenTomorrow();
    UUID id = jobOn(tech, ten);
    Instant two = ten.plus(Duration.ofHours(4));

    board.commit(board.request(id, tech.id(), two).orElseThrow(), done::add);
    ConsoleServer.pushed(device);
    WorkOrder moved = server.find(WorkOrder.class, id).orElseThrow();
    assertThat(moved.scheduledStart()).isEqualTo(two);
    assertThat(moved.assigneeId()).isEqualTo(tech.id());

    board.reload();
    AssignmentRequest again = board.request(id, tech.id(), two).orElseThrow();
    board.commit(again, done::add);
    assertThat(done).containsExactly(true, false);
    assertThat(board.messageProperty().get())
        .isEqualTo("Could not assign " + again.workOrderLabel() + ": The work order is already assigned to this technician.");
    assertThat(device.syncStatus().pendingCount()).isZero();
  }
}
