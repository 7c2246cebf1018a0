package com.fieldops.desktop.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.stock.PartRequestsViewModel;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestStatus;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.mutation.ReceiveStock;
import com.fieldops.stock.mutation.ReceiveTransfer;
import com.fieldops.stock.mutation.RequestParts;
import com.fieldops.stock.mutation.TransferStock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A technician's part request decided on the console's Stock screen (1600×1000, real server, demo
 * data): listed with part, quantity, van, who and when; a decline without a reason is refused next
 * to the reason; approved from the region's warehouse that has the parts, the phone sees it on its
 * way. Run in English and Chinese by the subclasses.
 */
abstract class PartRequestsLook extends ConsoleLook {
  /** A part (not serialized) that a warehouse of the dispatcher's region has available. */
  private VanStockLine stockedPart(Replica console) {
    String region = console().server().dispatcherRegion();
    for (StockLocation l : console.stock().locations()) {
      if (l instanceof StockLocation.Warehouse && region.equals(l.region())) {
        Optional<VanStockLine> line = console.stock().stockAt(l.id()).stream()
            .filter(s -> s.available() >= 5 && s.part() != null && !s.part().serialized()).findFirst();
        if (line.isPresent()) {
          return line.get();
        }
      }
    }
    throw new AssertionError("no warehouse of " + region + " has a part available");
  }

  @Test
  void aTechniciansRequestIsDeclinedOnlyWithAReasonAndApprovedFromAWarehouseThatHasTheParts(FxRobot robot)
      throws Exception {
    signedIn();
    Replica office = console().window().replica();
    VanStockLine stocked = stockedPart(office);
    Technician tech = console().server().technicians().get(1);
    UUID request;
    try (Replica phone = console().server().technicianDevice(tech)) {
      CommandOutcome asked = phone.record(Ids.newId(), new RequestParts(stocked.partId(), 3, null, null,
          "running low"));
      assertThat(asked).as(asked::toString).isInstanceOf(CommandOutcome.Recorded.class);
      request = ((CommandOutcome.Recorded) asked).entityId();
      ConsoleServer.pushed(phone);

      WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.STOCK)).get();
      WaitForAsyncUtils.waitForFxEvents();
      TabPane tabs = robot.lookup("#stockTabs").queryAs(TabPane.class);
      WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(1)).get();
      PartRequestsViewModel vm = console().window().partRequests();
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
        office.syncNow();
        return vm.rows().stream().anyMatch(r -> r.id().equals(request));
      });
      WaitForAsyncUtils.waitForFxEvents();
      PartRequestsViewModel.Row row = vm.rows().stream().filter(r -> r.id().equals(request)).findFirst().orElseThrow();
      assertThat(row.quantity()).isEqualTo(3);
      assertThat(row.sku()).isEqualTo(stocked.sku());
      assertThat(row.who()).isEqualTo(tech.name());
      assertThat(row.forWhat()).as("a request for the van names it once").isNotBlank().doesNotContain("Van Van");
      assertThat(row.statusText()).isNotBlank().doesNotContain("partRequests.");
      assertThat(vm.rows().get(0).open()).as("what waits for a decision comes first").isTrue();

      TableView<?> table = robot.lookup("#partRequestsTable").queryAs(TableView.class);
      WaitForAsyncUtils.asyncFx(() -> {
        @SuppressWarnings("unchecked")
        TableView<PartRequestsViewModel.Row> t = (TableView<PartRequestsViewModel.Row>) table;
        t.getSelectionModel().select(row);
        t.scrollTo(row);
      }).get();
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.history().isEmpty() && vm.sourceProperty().get() != null);
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(robot.lookup("#partRequestChosen").queryLabeled().getText()).contains(stocked.sku());
      assertThat(vm.sourceProperty().get().available()).as("the proposed warehouse has the parts")
          .isGreaterThanOrEqualTo(3);
      ComboBox<?> source = robot.lookup("#partRequestSource").queryAs(ComboBox.class);
      assertThat(source.getButtonCell().getText()).contains(vm.sourceProperty().get().name())
          .contains(String.valueOf(vm.sourceProperty().get().available()));
      ListView<?> history = robot.lookup("#partRequestHistory").queryAs(ListView.class);
      assertThat(history.getItems()).hasSize(1);
      assertThat(history.getItems().get(0).toString()).contains(tech.name());

      // declined without a reason: refused next to the reason, nothing recorded
      robot.clickOn("#partRequestDecline");
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
          () -> !robot.lookup("#partRequestReason-error").queryLabeled().getText().isBlank());
      assertThat(office.stock().partRequest(request).map(PartRequest::status)).contains(PartRequestStatus.REQUESTED);
      console().screenshot(prefix() + "-part-request-decline-needs-reason");

      // more than asked: refused next to the quantity
      WaitForAsyncUtils.asyncFx(() -> vm.quantityProperty().set("9")).get();
      assertThat(robot.lookup("#partRequestQuantity").queryTextInputControl().getText()).isEqualTo("9");
      robot.clickOn("#partRequestApprove");
      try {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> !robot.lookup("#partRequestQuantity-error").queryLabeled().getText().isBlank());
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("no message next to the quantity; form message '" + vm.messageProperty().get()
            + "', request " + office.stock().partRequest(request), e);
      }
      assertThat(robot.lookup("#partRequestReason-error").queryLabeled().getText()).isBlank();

      WaitForAsyncUtils.asyncFx(() -> vm.quantityProperty().set("")).get();
      robot.clickOn("#partRequestApprove");
      try {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> office.stock().partRequest(request)
            .map(PartRequest::status).equals(Optional.of(PartRequestStatus.APPROVED)) && vm.history().size() == 2);
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("not approved: message '" + vm.messageProperty().get() + "' source "
            + vm.sourceProperty().get() + " errors " + vm.errorProperty("sourceLocationId").get() + "/"
            + vm.errorProperty("quantity").get() + " request " + office.stock().partRequest(request) + " history "
            + vm.history(), e);
      }
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(robot.lookup("#partRequestMessage").queryLabeled().getText()).contains(stocked.sku());
      assertThat(robot.lookup("#partRequestApprove").query().isDisabled()).as("decided: nothing more to decide").isTrue();
      console().screenshot(prefix() + "-part-request-approved");

      ConsoleServer.pushed(office);
      ConsoleServer.await("the phone sees its request approved", Duration.ofSeconds(30), () -> {
        phone.syncNow();
        return phone.stock().partRequest(request).map(PartRequest::status)
            .equals(Optional.of(PartRequestStatus.APPROVED));
      });
    }
  }

  @Test
  void aSerialTypedOnTheStockScreenShowsWhereTheUnitWentWithItsJobAndMachine(FxRobot robot) throws Exception {
    signedIn();
    Replica office = console().window().replica();
    // a serialized unit received at the depot, sent to the van, fitted on a job on a machine
    String region = console().server().dispatcherRegion();
    StockLocation depot = office.stock().locations().stream()
        .filter(l -> l instanceof StockLocation.Warehouse && region.equals(l.region())).findFirst().orElseThrow();
    com.fieldops.stock.model.Part part = console().server().data.parts().stream()
        .filter(com.fieldops.stock.model.Part::serialized).findFirst().orElseThrow();
    Technician tech = console().server().technicians().get(2);
    UUID van = tech.vanStockLocationId();
    String serialNumber = "SN-TEST-" + prefix().toUpperCase() + "-0042";
    com.fieldops.customer.model.Site site = console().server().siteWithoutContract();
    com.fieldops.equipment.model.Equipment machine = console().server().data.equipment().stream()
        .filter(e -> e.siteId().equals(site.id())).findFirst().orElseThrow();
    UUID job = console().newJob(new com.fieldops.workorder.replica.NewWorkOrder(site.customerId(), site.id(), null,
        machine.id(), com.fieldops.workorder.model.WorkOrderType.REPAIR, com.fieldops.workorder.model.Priority.P3,
        "Replace the compressor", null, null, null, tech.id()));
    recorded(office.record(Ids.newId(), new ReceiveStock(part.id(), depot.id(), 1, serialNumber)));
    UUID transfer = recorded(office.record(Ids.newId(), new TransferStock(part.id(), depot.id(), 1, serialNumber, van)));
    ConsoleServer.pushed(office);
    try (Replica phone = console().server().technicianDevice(tech)) {
      ConsoleServer.await("the phone holds the job and the transfer", Duration.ofSeconds(30), () -> {
        phone.syncNow();
        return phone.workOrders().workOrder(job).isPresent() && !phone.stock().serialHistory(serialNumber).isEmpty();
      });
      recorded(phone.record(transfer, new ReceiveTransfer(van, 1)));
      recorded(phone.record(job, new ConsumePart(UUID.randomUUID(), part.id(), van, 1, serialNumber)));
      ConsoleServer.pushed(phone);
    }
    ConsoleServer.await("the console holds the unit's four movements", Duration.ofSeconds(30), () -> {
      office.syncNow();
      return office.stock().serialHistory(serialNumber).size() == 4;
    });
    int steps = 4;

    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.STOCK)).get();
    WaitForAsyncUtils.waitForFxEvents();
    TabPane tabs = robot.lookup("#stockTabs").queryAs(TabPane.class);
    WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(2)).get();
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#serialLookupButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#serialLookupSummary").queryLabeled().getText()).as("a blank serial asks for one")
        .isNotBlank();

    robot.clickOn("#serialLookupInput").write(serialNumber).type(KeyCode.ENTER);
    ListView<?> shown = robot.lookup("#serialLookupSteps").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.getItems().size() == steps);
    WaitForAsyncUtils.waitForFxEvents();
    String label = office.workOrders().workOrder(job).orElseThrow().workOrder().label();
    assertThat(shown.getItems().get(3).toString()).as("the last step names the job and the machine it went into")
        .contains(label).contains(machine.serialNumber()).contains(serialNumber);
    assertThat(shown.getItems().get(0).toString()).as("oldest first").contains(depot.name());
    assertThat(robot.lookup("#serialLookupSummary").queryLabeled().getText()).contains(serialNumber);
    console().screenshot(prefix() + "-serial-lookup");

    WaitForAsyncUtils.asyncFx(() -> console().window().serials().serialProperty().set("NO-SUCH-SERIAL-42")).get();
    robot.clickOn("#serialLookupButton");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, shown.getItems()::isEmpty);
    assertThat(robot.lookup("#serialLookupSummary").queryLabeled().getText()).contains("NO-SUCH-SERIAL-42");
  }
}
