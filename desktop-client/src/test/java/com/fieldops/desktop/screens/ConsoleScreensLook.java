package com.fieldops.desktop.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.Site;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.stock.StockScreenView;
import com.fieldops.desktop.stock.StockViewModel;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.EquipmentRow;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.replica.StockOnHand;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The equipment and stock screens and the board's preventive jobs, as a dispatcher sees them
 * (1600×1000, real server, demo data). Run in English and Chinese by the subclasses.
 */
abstract class ConsoleScreensLook extends ConsoleLook {
  @Test
  void aMachineNamedByAJobIsOneClickAwayWithItsHistoryNewestFirst(FxRobot robot) throws Exception {
    signedIn();
    Site site = console().server().siteWithoutContract();
    // the site's machine with the longest history
    var machine = console().server().data.equipment().stream().filter(e -> e.siteId().equals(site.id()))
        .max(Comparator.comparingLong(e -> console().server().data.equipmentEvents().stream()
            .filter(h -> h.equipmentId().equals(e.id())).count())).orElseThrow();
    UUID job = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, machine.id(), WorkOrderType.REPAIR,
        Priority.P2, "Compressor noisy again", null, null, null, null));
    console().awaitInQueue(job);
    console().openWorkOrder(job);
    assertThat(robot.lookup("#woEquipment").queryLabeled().getText()).contains(machine.serialNumber());
    robot.clickOn("#woEquipment");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console().window().equipment().selectedProperty().get() != null
        && console().window().equipment().selectedProperty().get().id().equals(machine.id()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(console().window().shell().screenProperty().get()).isEqualTo(Screen.EQUIPMENT);
    assertThat(robot.lookup("#equipmentName").queryLabeled().getText()).contains(machine.serialNumber());
    assertThat(robot.lookup("#equipmentWarranty").queryLabeled().getText()).isNotBlank();
    assertThat(robot.lookup("#equipmentContract").queryLabeled().getText()).isNotBlank();
    List<EquipmentEvent> history = console().server().data.equipmentEvents().stream()
        .filter(h -> h.equipmentId().equals(machine.id()))
        .sorted(Comparator.comparing(EquipmentEvent::occurredAt).reversed()).toList();
    ListView<?> shown = robot.lookup("#equipmentHistory").queryAs(ListView.class);
    assertThat(shown.getItems()).hasSize(history.size());
    if (!history.isEmpty()) {
      assertThat(shown.getItems().get(0).toString()).as("newest first").contains(history.get(0).summary());
    }
    console().screenshot(prefix() + "-equipment-from-job");

    // found by its serial among all machines
    robot.clickOn("#equipmentSearch").write(machine.serialNumber());
    ListView<?> list = robot.lookup("#equipmentList").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
    assertThat(((EquipmentRow) list.getItems().get(0)).id()).isEqualTo(machine.id());
  }

  @Test
  void aVanBelowZeroIsMarkedNeedsACountOnTheStockScreen(FxRobot robot) throws Exception {
    signedIn();
    Technician tech = console().server().technicians().get(2);
    UUID van = tech.vanStockLocationId();
    Site site = console().server().siteWithoutContract();
    UUID job = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P3, "Fan belt squeals", null, null, null, tech.id()));
    String sku;
    int[] expected = new int[1];
    try (Replica phone = console().server().technicianDevice(tech)) {
      ConsoleServer.await("the phone holds the job and its van's stock", Duration.ofSeconds(20), () -> {
        phone.syncNow();
        return phone.workOrders().workOrder(job).isPresent() && phone.stock().onHand(van).stream()
            .anyMatch(l -> l.onHand() > 0 && l.part() != null && !l.part().serialized());
      });
      StockOnHand line = phone.stock().onHand(van).stream()
          .filter(l -> l.onHand() > 0 && l.part() != null && !l.part().serialized()).findFirst().orElseThrow();
      sku = line.sku();
      // the console may hold more of the van's history than the phone (the region's movements): it
      // expects its own sum less what the phone used
      int consoleBefore = console().window().replica().stock().onHand(van).stream()
          .filter(l -> l.partId().equals(line.partId())).mapToInt(StockOnHand::onHand).sum();
      expected[0] = consoleBefore - (line.onHand() + 2);
      // used offline, two more than the van was known to hold: it counts, and the van needs a count
      console().server().stop();
      assertThat(phone.record(job, new ConsumePart(UUID.randomUUID(), line.partId(), van, line.onHand() + 2, null)))
          .isInstanceOf(CommandOutcome.Recorded.class);
      console().server().start();
      ConsoleServer.pushed(phone);
      assertThat(phone.syncStatus().rejected()).isEmpty();
    }
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.STOCK)).get();
    StockViewModel stock = console().window().stock();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stock.places().stream().anyMatch(p -> p.id().equals(van)));
    WaitForAsyncUtils.asyncFx(() -> stock.placeProperty().set(stock.places().stream().filter(p -> p.id().equals(van))
        .findFirst().orElseThrow())).get();
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
        console().window().replica().syncNow();
        WaitForAsyncUtils.asyncFx(stock::reload).get();
        WaitForAsyncUtils.waitForFxEvents();
        return stock.lines().stream().anyMatch(l -> l.sku().equals(sku) && l.needsCount() && l.onHand() == expected[0]);
      });
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the van's lines: " + stock.lines() + " place " + stock.placeProperty().get()
          + " console's ledger " + console().window().replica().stock().onHand(van), e);
    }
    WaitForAsyncUtils.waitForFxEvents();
    Node row = robot.lookup(".table-row-cell." + StockScreenView.NEEDS_COUNT).query();
    assertThat(((TableRow<?>) row).getItem().toString()).contains(sku);
    assertThat(robot.lookup("#stockSummary").queryLabeled().getText()).isNotBlank();
    ListView<?> moves = robot.lookup("#stockMovements").queryAs(ListView.class);
    assertThat(moves.getItems()).isNotEmpty();
    console().screenshot(prefix() + "-stock-van-needs-count");
  }

  @Test
  void preventiveJobsAreMarkedOnTheBoardWithALegend(FxRobot robot) throws Exception {
    signedIn();
    Technician tech = console().server().technicians().get(0);
    Site site = console().server().siteWithoutContract();
    LocalDate today = LocalDate.now(console().clock().withZone(ZONE));
    Instant start = today.atTime(13, 0).atZone(ZONE).toInstant();
    UUID job = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.PREVENTIVE,
        Priority.P4, "Yearly chiller service", null, start, start.plus(Duration.ofHours(2)), tech.id()));
    console().awaitInQueue(job);
    String label = console().window().board().queue().find(job).row().label();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#block-" + label).tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#block-" + label).query().getStyleClass()).contains("fo-preventive");
    Label legend = robot.lookup("#legendPreventive").queryAs(Label.class);
    assertThat(legend.isVisible()).isTrue();
    assertThat(legend.getGraphic()).isNotNull();
    console().screenshot(prefix() + "-board-preventive");
    assertThat(console().server().find(WorkOrder.class, job).orElseThrow().type()).isEqualTo(WorkOrderType.PREVENTIVE);

    // a dispatcher is told, not given a form, when they open a technician
    WaitForAsyncUtils.asyncFx(() -> console().window().editTechnician(tech.id())).get();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !console().window().board().messageProperty().get().isEmpty());
    assertThat(robot.lookup("#technicianForm").tryQuery()).isEmpty();
  }
}
