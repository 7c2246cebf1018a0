package com.fieldops.desktop.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.countdown.CountdownSource;
import com.fieldops.client.task.TaskRunner;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.settings.ConsoleSettings;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.customer.model.Site;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.Replica;
import com.fieldops.workorder.replica.WorkOrderEdit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work-order view model without a robot: the dispatcher's real replica against the real sync
 * server (demo data). What is typed is checked and recorded through the client layer's form logic.
 */
class WorkOrderViewModelTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @TempDir
  static Path dir;

  static ConsoleServer server;
  static Replica device;
  static Replica otherDesk;

  WorkOrderViewModel vm;
  UUID job;

  @BeforeAll
  static void startServer() throws Exception {
    server = ConsoleServer.withDemoData(dir.resolve("server"));
    device = server.dispatcherDevice("console");
    otherDesk = server.dispatcherDevice("other-desk");
  }

  @AfterAll
  static void stopServer() {
    for (Replica r : new Replica[] {device, otherDesk}) {
      if (r != null) {
        r.close();
      }
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openJob() throws Exception {
    Site site = server.siteWithoutContract();
    Instant start = Instant.now().plus(Duration.ofDays(1));
    CommandOutcome created = device.workOrders().createWorkOrder(new NewWorkOrder(site.customerId(), site.id(), null, null,
        WorkOrderType.REPAIR, Priority.P3, "Boiler pressure drops " + UUID.randomUUID(), null, start,
        start.plus(Duration.ofHours(2)), null));
    job = ((CommandOutcome.Recorded) created).entityId();
    ConsoleServer.pushed(device);
    ConsoleContext ctx = new ConsoleContext(new Messages(Locale.ENGLISH), TaskRunner.direct(),
        ConsoleSettings.load(dir.resolve("console.properties")), Clock.system(ZONE), dir, null);
    vm = new WorkOrderViewModel(ctx, device, CountdownSource.fromReplica(), Instant::now);
    vm.close(); // no live refresh from the replica's thread: the test refreshes when it wants
    vm.load(job);
  }

  @Test
  void aMistypedDateIsNamedNextToItsFieldAndRecordsNothingThenTheCorrectedEditIsSaved() throws Exception {
    assertThat(vm.headingProperty().get()).startsWith("Work order ");
    vm.problemProperty().set("Boiler pressure drops at night");
    vm.scheduledStartProperty().set("tomorrow morning");

    assertThat(vm.save()).isFalse();
    assertThat(vm.error("scheduledStart").get()).isEqualTo("Enter a date and time like 2026-03-14 09:30.");
    assertThat(device.syncStatus().pendingCount()).as("nothing recorded").isZero();

    vm.scheduledStartProperty().set(FormValuesFormat.typed(device, job, ZONE));
    assertThat(vm.save()).isTrue();
    assertThat(vm.error("scheduledStart").get()).isEmpty();
    assertThat(vm.messageProperty().get()).isEqualTo("Saved. It will be sent with the next sync.");
    ConsoleServer.pushed(device);
    assertThat(server.find(WorkOrder.class, job).orElseThrow().problem()).isEqualTo("Boiler pressure drops at night");
  }

  @Test
  void aChangeFromAnotherDeskWhileEditingKeepsWhatWasTypedAndSaysWhatItWillReplace() throws Exception {
    vm.problemProperty().set("Pressure drops after the summer shutdown");
    otherDesk.syncNow();
    ConsoleServer.await("the other desk has the job", Duration.ofSeconds(20), () -> otherDesk.workOrders().workOrder(job).isPresent());
    otherDesk.workOrders().editWorkOrder(job, new WorkOrderEdit(null, null, "Pressure drops, customer says since Monday", null,
        null, null, null, null, null));
    ConsoleServer.pushed(otherDesk);
    device.syncNow();
    ConsoleServer.await("the console has the other desk's change", Duration.ofSeconds(20),
        () -> device.workOrders().workOrder(job).orElseThrow().workOrder().problem().endsWith("since Monday"));

    vm.refresh();

    assertThat(vm.problemProperty().get()).isEqualTo("Pressure drops after the summer shutdown");
    assertThat(vm.messageProperty().get()).startsWith("Changed on another device while you were editing: ")
        .contains(new Messages(Locale.ENGLISH).text("workorder.field.problem"));
  }

  /** The job's scheduled start as the form shows it. */
  static final class FormValuesFormat {
    static String typed(Replica r, UUID id, ZoneId fallback) {
      var d = r.workOrders().workOrder(id).orElseThrow();
      ZoneId zone = d.row().siteZone() != null ? d.row().siteZone() : fallback;
      return com.fieldops.client.form.FormValues.INPUT.format(d.workOrder().scheduledStart().atZone(zone));
    }
  }
}
