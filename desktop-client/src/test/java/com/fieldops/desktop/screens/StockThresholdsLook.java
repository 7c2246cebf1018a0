package com.fieldops.desktop.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.Site;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.stock.ReplenishViewModel;
import com.fieldops.desktop.stock.StockViewModel;
import com.fieldops.desktop.stock.ThresholdForm;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.replica.StockOnHand;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dispatcher keeps a van stocked from the console's Stock screen (1600×1000, real server, demo
 * data): a part at the van shows on hand, available and what is on its way, and its own movements;
 * a threshold that is not a whole number, or a target under the minimum, is refused next to the
 * field and nothing is recorded; a threshold above what the van has puts the part under "Below
 * threshold" with what to send from which warehouse; a van driven below zero offline is listed to be
 * counted. Run in English and Chinese by the subclasses.
 */
abstract class StockThresholdsLook extends ConsoleLook {
  /** The region's warehouse with the most of the part available. */
  private static Optional<StockLocation> bestWarehouse(Replica r, String region, UUID partId) {
    StockLocation best = null;
    int most = 0;
    for (StockLocation l : r.stock().locations()) {
      if (l instanceof StockLocation.Warehouse && region.equals(l.region())) {
        int a = r.stock().stockAt(l.id()).stream().filter(s -> s.partId().equals(partId))
            .mapToInt(VanStockLine::available).sum();
        if (a > most) {
          most = a;
          best = l;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  @Test
  void aThresholdSetOnTheStockScreenListsThePartBelowItWithWhatToSendFromWhere(FxRobot robot) throws Exception {
    signedIn();
    Replica console = console().window().replica();
    String region = console().server().dispatcherRegion();
    Technician tech = console().server().technicians().get(1);
    UUID van = tech.vanStockLocationId();
    // a part in the van (not serialized) that a warehouse of the region has available
    VanStockLine part = console.stock().stockAt(van).stream()
        .filter(l -> l.onHand() > 0 && l.part() != null && !l.part().serialized())
        .filter(l -> bestWarehouse(console, region, l.partId()).isPresent()).findFirst()
        .orElseThrow(() -> new AssertionError("the van holds no part a warehouse of " + region + " has"));
    StockLocation depot = bestWarehouse(console, region, part.partId()).orElseThrow();

    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.STOCK)).get();
    StockViewModel stock = console().window().stock();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> stock.places().stream()
        .anyMatch(p -> p.id().equals(van))));
    WaitForAsyncUtils.asyncFx(() -> stock.placeProperty().set(stock.places().stream().filter(p -> p.id().equals(van))
        .findFirst().orElseThrow())).get();
    // the van's lines replace the place shown before (a warehouse may hold the same part): wait for the van's count
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> stock.lines().stream()
        .anyMatch(l -> l.partId().equals(part.partId()) && l.onHand() == part.onHand())));
    StockViewModel.Line line = onFx(() -> stock.lines().stream().filter(l -> l.partId().equals(part.partId()))
        .findFirst().orElseThrow());
    assertThat(line.onHand()).isEqualTo(part.onHand());
    assertThat(line.available()).isEqualTo(part.available());
    assertThat(line.minimum()).as("no threshold yet").isNull();

    // the part's own movements at the van, under the table (the screen's view may join the window after
    // its view model has loaded)
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#stockTable").tryQuery().isPresent());
    TableView<?> table = robot.lookup("#stockTable").queryAs(TableView.class);
    WaitForAsyncUtils.asyncFx(() -> {
      @SuppressWarnings("unchecked")
      TableView<StockViewModel.Line> t = (TableView<StockViewModel.Line>) table;
      t.getSelectionModel().select(line);
      t.scrollTo(line);
    }).get();
    ListView<?> moves = robot.lookup("#stockMovements").queryAs(ListView.class);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !moves.getItems().isEmpty()
        && moves.getItems() == stock.lineMovements()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(moves.getItems()).allSatisfy(m -> assertThat(m.toString()).contains(part.sku()));
    assertThat(robot.lookup("#stockMovementsTitle").queryLabeled().getText()).contains(part.sku());
    assertThat(robot.lookup("#stockThresholdTitle").queryLabeled().getText()).contains(part.sku());

    // not a whole number: refused next to the minimum, nothing recorded
    ThresholdForm form = stock.threshold();
    UUID thresholdId = StockThreshold.idOf(van, part.partId());
    robot.clickOn("#stockThresholdMinimum").write("four");
    robot.clickOn("#stockThresholdTarget").write("8");
    robot.clickOn("#stockThresholdSave");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> !robot.lookup("#stockThresholdMinimum-error").queryLabeled().getText().isBlank());
    assertThat(console.stock().thresholds(van)).isEmpty();

    // a target under the minimum: the shared rule refuses it next to the target
    WaitForAsyncUtils.asyncFx(() -> {
      form.minimumProperty().set("5");
      form.targetProperty().set("2");
    }).get();
    robot.clickOn("#stockThresholdSave");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> !robot.lookup("#stockThresholdTarget-error").queryLabeled().getText().isBlank());
    assertThat(robot.lookup("#stockThresholdTarget-error").queryLabeled().getText()).contains("5");
    assertThat(robot.lookup("#stockThresholdMinimum-error").queryLabeled().getText()).isBlank();
    assertThat(console.stock().thresholds(van)).isEmpty();
    console().screenshot(prefix() + "-stock-threshold-refused");

    // above what the van has and is getting: saved, and the part is below its minimum
    int minimum = part.available() + part.inbound() + 3;
    int target = minimum + 2;
    WaitForAsyncUtils.asyncFx(() -> {
      form.minimumProperty().set(String.valueOf(minimum));
      form.targetProperty().set(String.valueOf(target));
    }).get();
    robot.clickOn("#stockThresholdSave");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> stock.lines().stream()
        .anyMatch(l -> l.partId().equals(part.partId()) && Integer.valueOf(minimum).equals(l.minimum()))));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#stockThresholdTarget-error").queryLabeled().getText()).isBlank();
    assertThat(robot.lookup("#stockThresholdMessage").queryLabeled().getText()).contains(part.sku())
        .contains(String.valueOf(target));
    assertThat(stock.lines().stream().filter(l -> l.partId().equals(part.partId())).findFirst().orElseThrow()
        .belowMinimum()).isTrue();
    console().screenshot(prefix() + "-stock-threshold-set");
    ConsoleServer.pushed(console);
    assertThat(console().server().find(StockThreshold.class, thresholdId)).as("the server has the threshold")
        .hasValueSatisfying(t -> assertThat(List.of(t.minimum(), t.target())).containsExactly(minimum, target));

    // the van's part is listed below threshold with what to send from the region's warehouse
    TabPane tabs = robot.lookup("#stockTabs").queryAs(TabPane.class);
    WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(3)).get();
    ReplenishViewModel replenish = console().window().replenish();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> replenish.shorts().stream()
        .anyMatch(s -> s.locationId().equals(van) && s.partId().equals(part.partId()))));
    WaitForAsyncUtils.waitForFxEvents();
    ReplenishViewModel.Shortage s = replenish.shorts().stream()
        .filter(x -> x.locationId().equals(van) && x.partId().equals(part.partId())).findFirst().orElseThrow();
    int depotHas = console.stock().stockAt(depot.id()).stream().filter(l -> l.partId().equals(part.partId()))
        .mapToInt(VanStockLine::available).sum();
    assertThat(s.minimum()).isEqualTo(minimum);
    assertThat(s.target()).isEqualTo(target);
    assertThat(s.quantity()).as("up to the target, at most what the warehouse has")
        .isEqualTo(Math.min(target - part.available() - part.inbound(), depotHas));
    assertThat(s.suggestion()).contains(depot.name()).contains(String.valueOf(s.quantity()))
        .doesNotContain("stock.replenish");
    assertThat(robot.lookup("#replenishSummary").queryLabeled().getText()).isNotBlank();
    console().screenshot(prefix() + "-stock-below-threshold");
    // which number is which is in the headings: none of them is cut ("On ha…")
    javafx.scene.control.TableView<?> shorts = robot.lookup("#replenishTable").queryAs(javafx.scene.control.TableView.class);
    List<String> cut = onFx(() -> shorts.lookupAll(".column-header .label").stream()
        .map(n -> (javafx.scene.control.Label) n)
        .filter(l -> !l.lookupAll(".text").stream().filter(t -> t instanceof javafx.scene.text.Text)
            .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse("").equals(l.getText()))
        .map(javafx.scene.control.Label::getText).toList());
    assertThat(cut).as("column headings drawn shorter than their text").isEmpty();
  }

  @Test
  void aVanDrivenBelowZeroOfflineIsListedToBeCounted(FxRobot robot) throws Exception {
    signedIn();
    Technician tech = console().server().technicians().get(2);
    UUID van = tech.vanStockLocationId();
    Site site = console().server().siteWithoutContract();
    UUID job = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P3, "Drain pump leaks", null, null, null, tech.id()));
    UUID partId;
    try (Replica phone = console().server().technicianDevice(tech)) {
      ConsoleServer.await("the phone holds the job and its van's stock", Duration.ofSeconds(20), () -> {
        phone.syncNow();
        return phone.workOrders().workOrder(job).isPresent() && phone.stock().onHand(van).stream()
            .anyMatch(l -> l.onHand() > 0 && l.part() != null && !l.part().serialized());
      });
      StockOnHand line = phone.stock().onHand(van).stream()
          .filter(l -> l.onHand() > 0 && l.part() != null && !l.part().serialized()).findFirst().orElseThrow();
      partId = line.partId();
      // used offline, more than the van was known to hold: it counts, and the van needs a count
      console().server().stop();
      assertThat(phone.record(job, new ConsumePart(UUID.randomUUID(), partId, van, line.onHand() + 2, null)))
          .isInstanceOf(CommandOutcome.Recorded.class);
      console().server().start();
      ConsoleServer.pushed(phone);
      assertThat(phone.syncStatus().rejected()).isEmpty();
    }
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.STOCK)).get();
    TabPane tabs = robot.lookup("#stockTabs").queryAs(TabPane.class);
    WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().select(3)).get();
    ReplenishViewModel replenish = console().window().replenish();
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
        console().window().replica().syncNow();
        return onFx(() -> replenish.negatives().stream()
            .anyMatch(n -> n.locationId().equals(van) && n.partId().equals(partId)));
      });
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("not listed: " + replenish.negatives(), e);
    }
    WaitForAsyncUtils.waitForFxEvents();
    ReplenishViewModel.Negative n = replenish.negatives().stream()
        .filter(x -> x.locationId().equals(van) && x.partId().equals(partId)).findFirst().orElseThrow();
    assertThat(n.onHand()).isNegative();
    assertThat(n.place()).isEqualTo(console().window().replica().stock().location(van).orElseThrow().name());
    TableView<?> shown = robot.lookup("#needsCountTable").queryAs(TableView.class);
    assertThat(shown.getItems().contains(n)).as("the table lists it").isTrue();
    console().screenshot(prefix() + "-stock-needs-count-list");
  }
}
