package com.fieldops.desktop.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.Site;
import com.fieldops.desktop.equipment.MachinePlans;
import com.fieldops.desktop.equipment.MaintenancePlanForm;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEventKind;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.mutation.ReceiveStock;
import com.fieldops.stock.mutation.ReceiveTransfer;
import com.fieldops.stock.mutation.TransferStock;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.UpsertChecklistTemplate;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A machine's maintenance plans and fitted serials on the console's Equipment screen (1600×1000, real
 * server, demo data): a zero interval is refused next to "Every", a meter plan on a machine without a
 * meter reading next to the interval, nothing recorded; a monthly plan is created, listed and changed,
 * and the server keeps it; a serialized unit fitted on a job on the machine is listed with its job.
 * Run in English and Chinese by the subclasses.
 */
abstract class MachinePlansLook extends ConsoleLook {
  private void openMachine(Equipment machine) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.EQUIPMENT)).get();
    WaitForAsyncUtils.asyncFx(() -> console().window().equipment().open(machine.id())).get();
    MachinePlans plans = console().window().equipment().plans();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> machine.id().equals(plans.shownMachine())));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Scrolls the machine's detail so the plan form's Save button shows. */
  private static void scrollToSave(FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      javafx.scene.Node n = robot.lookup("#planSave").query();
      while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
        n = n.getParent();
      }
      if (n != null) {
        ((javafx.scene.control.ScrollPane) n).setVvalue(1.0);
      }
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Scrolls the machine's detail so the plan form's Save button shows, and clicks it. */
  private static void save(FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> {
      javafx.scene.Node n = robot.lookup("#planSave").query();
      while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
        n = n.getParent();
      }
      if (n != null) {
        ((javafx.scene.control.ScrollPane) n).setVvalue(1.0);
      }
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#planSave");
  }

  @Test
  void aPlanIsRefusedNextToItsFieldThenCreatedAndChangedOnTheMachine(FxRobot robot) throws Exception {
    signedIn();
    // a machine of the region that has no meter reading
    Equipment machine = console().server().data.equipment().stream()
        .filter(e -> console().window().replica().equipment().equipment(e.id()).isPresent())
        .filter(e -> console().server().data.equipmentEvents().stream()
            .noneMatch(h -> h.equipmentId().equals(e.id()) && h.kind() == EquipmentEventKind.METER_READING))
        .findFirst().orElseThrow();
    openMachine(machine);
    MachinePlans plans = console().window().equipment().plans();
    int before = onFx(() -> plans.plans().size());

    WaitForAsyncUtils.asyncFx(() -> console().window().equipment().plans().newPlan()).get();
    WaitForAsyncUtils.asyncFx(() -> {
      plans.form().nameProperty().set("Filter change " + prefix());
      plans.form().intervalProperty().set(PlanInterval.MONTHS);
      plans.form().everyProperty().set("0");
    }).get();
    save(robot);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> !robot.lookup("#planEvery-error").queryLabeled().getText().isBlank());
    assertThat(robot.lookup("#planInterval-error").queryLabeled().getText()).isBlank();
    console().screenshot(prefix() + "-plan-zero-interval");

    // counted in meter units, but the machine has no meter reading: refused next to the interval
    WaitForAsyncUtils.asyncFx(() -> {
      plans.form().intervalProperty().set(PlanInterval.METER);
      plans.form().everyProperty().set("500");
      plans.form().meterUnitProperty().set("h");
    }).get();
    save(robot);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> !robot.lookup("#planInterval-error").queryLabeled().getText().isBlank());
    assertThat(robot.lookup("#planInterval-error").queryLabeled().getText()).contains(machine.serialNumber());
    assertThat(robot.lookup("#planEvery-error").queryLabeled().getText()).isBlank();
    assertThat(console().window().replica().equipment().plans(machine.id())).hasSize(before);

    // every 6 months: created, listed with its interval, and the server has it
    WaitForAsyncUtils.asyncFx(() -> {
      plans.form().intervalProperty().set(PlanInterval.MONTHS);
      plans.form().everyProperty().set("6");
      plans.form().meterUnitProperty().set("");
      plans.form().waitForPreviousProperty().set(true);
    }).get();
    save(robot);
    String name = "Filter change " + prefix();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> plans.plans().stream()
        .anyMatch(p -> p.plan().name().equals(name))));
    WaitForAsyncUtils.waitForFxEvents();
    MachinePlans.PlanLine line = onFx(() -> plans.plans().stream().filter(p -> p.plan().name().equals(name))
        .findFirst().orElseThrow());
    assertThat(line.plan().every()).isEqualTo(6);
    assertThat(line.text()).contains("6").doesNotContain("plans.");
    assertThat(robot.lookup("#planMessage").queryLabeled().getText()).contains(name);
    console().screenshot(prefix() + "-plan-created");
    UUID planId = line.plan().id();
    ConsoleServer.pushed(console().window().replica());
    assertThat(console().server().find(MaintenancePlan.class, planId)).hasValueSatisfying(p -> {
      assertThat(p.every()).isEqualTo(6);
      assertThat(p.waitForPrevious()).isTrue();
    });

    // chosen from the list and changed to every 3 months
    ListView<?> list = robot.lookup("#planList").queryAs(ListView.class);
    WaitForAsyncUtils.asyncFx(() -> {
      @SuppressWarnings("unchecked")
      ListView<MachinePlans.PlanLine> l = (ListView<MachinePlans.PlanLine>) list;
      l.getSelectionModel().select(line);
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#planEvery").queryTextInputControl().getText()).isEqualTo("6");
    WaitForAsyncUtils.asyncFx(() -> plans.form().everyProperty().set("3")).get();
    save(robot);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> plans.plans().stream()
        .anyMatch(p -> p.plan().id().equals(planId) && p.plan().every() == 3)));
    ConsoleServer.pushed(console().window().replica());
    assertThat(console().server().find(MaintenancePlan.class, planId).orElseThrow().every()).isEqualTo(3);
    assertThat(onFx(() -> plans.plans().size())).isEqualTo(before + 1);
  }

  /** The choices the plan's checklist picker offers, as shown. */
  private static List<String> checklistChoices(FxRobot robot) {
    javafx.scene.control.ComboBox<?> c = robot.lookup("#planChecklist").queryAs(javafx.scene.control.ComboBox.class);
    return onFx(() -> c.getItems().stream().map(Object::toString).toList());
  }

  private static String checklistShown(FxRobot robot) {
    javafx.scene.control.ComboBox<?> c = robot.lookup("#planChecklist").queryAs(javafx.scene.control.ComboBox.class);
    return onFx(() -> String.valueOf(c.getValue()));
  }

  private static void pickChecklist(FxRobot robot, String title) throws Exception {
    @SuppressWarnings("unchecked")
    javafx.scene.control.ComboBox<MaintenancePlanForm.TemplateChoice> c =
        robot.lookup("#planChecklist").queryAs(javafx.scene.control.ComboBox.class);
    WaitForAsyncUtils.asyncFx(() -> c.setValue(c.getItems().stream().filter(t -> t.text().equals(title))
        .findFirst().orElseThrow(() -> new AssertionError(title + " not among " + c.getItems())))).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void aPlanPicksItsChecklistFromTheTemplatesThatApplyOrNone(FxRobot robot) throws Exception {
    signedIn();
    Replica office = console().window().replica();
    String region = console().server().dispatcherRegion();
    Equipment machine = console().server().data.equipment().stream()
        .filter(e -> office.equipment().equipment(e.id()).isPresent()).findFirst().orElseThrow();
    String yearly = "Yearly upkeep " + prefix();
    String repair = "Repair safety " + prefix();
    String retired = "Retired upkeep " + prefix();
    String otherRegion = "Other region " + prefix();
    ChecklistTemplate upkeep = template(yearly, WorkOrderType.PREVENTIVE, region, true);
    template(repair, WorkOrderType.REPAIR, region, true);
    template(retired, WorkOrderType.PREVENTIVE, region, false);
    ChecklistTemplate elsewhere = template(otherRegion, WorkOrderType.PREVENTIVE, "nowhere-" + prefix(), true);
    // the other region's template is written by an admin straight to the server: this office never gets it
    console().server().importRecords(List.of(elsewhere));
    openMachine(machine);
    MachinePlans plans = console().window().equipment().plans();
    WaitForAsyncUtils.asyncFx(plans::newPlan).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checklistChoices(robot).contains(yearly));
    String none = plans.messages().text("plans.checklist.none");
    assertThat(checklistChoices(robot)).as("active templates for preventive jobs in the region, and none first")
        .startsWith(none).contains(yearly).doesNotContain(repair, retired, otherRegion);
    assertThat(checklistShown(robot)).as("a new plan names none until one is picked").isEqualTo(none);

    // a repair plan offers the repair template instead
    WaitForAsyncUtils.asyncFx(() -> plans.form().typeProperty().set(WorkOrderType.REPAIR)).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checklistChoices(robot).contains(repair));
    assertThat(checklistChoices(robot)).doesNotContain(yearly);
    WaitForAsyncUtils.asyncFx(() -> plans.form().typeProperty().set(WorkOrderType.PREVENTIVE)).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checklistChoices(robot).contains(yearly));

    // a new plan with the yearly checklist: the server's plan names it
    String name = "Boiler upkeep " + prefix();
    WaitForAsyncUtils.asyncFx(() -> {
      plans.form().nameProperty().set(name);
      plans.form().everyProperty().set("12");
    }).get();
    pickChecklist(robot, yearly);
    scrollToSave(robot);
    console().screenshot(prefix() + "-plan-checklist-picked");
    save(robot);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> plans.plans().stream()
        .anyMatch(p -> p.plan().name().equals(name))));
    MachinePlans.PlanLine line = onFx(() -> plans.plans().stream().filter(p -> p.plan().name().equals(name))
        .findFirst().orElseThrow());
    ConsoleServer.pushed(office);
    assertThat(console().server().find(MaintenancePlan.class, line.plan().id()).orElseThrow().checklistTemplateId())
        .isEqualTo(upkeep.id());

    // edited: another plan chosen first, then this one shows its checklist, and none clears it
    WaitForAsyncUtils.asyncFx(plans::newPlan).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checklistShown(robot).equals(none));
    ListView<?> list = robot.lookup("#planList").queryAs(ListView.class);
    WaitForAsyncUtils.asyncFx(() -> {
      @SuppressWarnings("unchecked")
      ListView<MachinePlans.PlanLine> l = (ListView<MachinePlans.PlanLine>) list;
      l.getSelectionModel().select(l.getItems().stream().filter(p -> p.plan().id().equals(line.plan().id()))
          .findFirst().orElseThrow());
    }).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checklistShown(robot).equals(yearly));
    scrollToSave(robot);
    console().screenshot(prefix() + "-plan-checklist-edit");
    pickChecklist(robot, none);
    save(robot);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> plans.plans().stream()
        .anyMatch(p -> p.plan().id().equals(line.plan().id()) && p.plan().checklistTemplateId() == null)));
    ConsoleServer.pushed(office);
    assertThat(console().server().find(MaintenancePlan.class, line.plan().id()).orElseThrow().checklistTemplateId())
        .isNull();
  }

  /** A one-item template recorded by the office (or, for another region, only made). */
  private ChecklistTemplate template(String title, WorkOrderType type, String region, boolean active)
      throws Exception {
    ChecklistTemplate t = new ChecklistTemplate(Ids.newId(), title, type, null, region,
        List.of(new ChecklistTemplate.Item(Ids.newId(), "Check the flue", true, ChecklistAnswerKind.NONE, null)),
        active);
    if (region.equals(console().server().dispatcherRegion())) {
      Replica office = console().window().replica();
      recorded(office.record(t.id(), new UpsertChecklistTemplate(t)));
      ConsoleServer.pushed(office);
    }
    return t;
  }

  @Test
  void aSerialFittedOnAJobIsListedOnTheMachine(FxRobot robot) throws Exception {
    signedIn();
    Replica office = console().window().replica();
    String region = console().server().dispatcherRegion();
    StockLocation depot = office.stock().locations().stream()
        .filter(l -> l instanceof StockLocation.Warehouse && region.equals(l.region())).findFirst().orElseThrow();
    Part part = console().server().data.parts().stream().filter(Part::serialized).findFirst().orElseThrow();
    Technician tech = console().server().technicians().get(2);
    UUID van = tech.vanStockLocationId();
    String serialNumber = "SN-FIT-" + prefix().toUpperCase() + "-0007";
    Site site = console().server().siteWithoutContract();
    Equipment machine = console().server().data.equipment().stream().filter(e -> e.siteId().equals(site.id()))
        .findFirst().orElseThrow();
    UUID job = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, machine.id(),
        WorkOrderType.REPAIR, Priority.P3, "Replace the controller", null, null, null, tech.id()));
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
    ConsoleServer.await("the console holds the unit fitted", Duration.ofSeconds(30), () -> {
      office.syncNow();
      return !office.stock().serialsInstalledIn(machine.id()).isEmpty();
    });
    openMachine(machine);
    MachinePlans plans = console().window().equipment().plans();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> plans.serials().stream()
        .anyMatch(s -> s.contains(serialNumber))));
    WaitForAsyncUtils.waitForFxEvents();
    String label = office.workOrders().workOrder(job).orElseThrow().workOrder().label();
    String shown = onFx(() -> plans.serials().stream().filter(s -> s.contains(serialNumber)).findFirst().orElseThrow());
    assertThat(shown).contains(part.sku()).contains(label);
    ListView<?> serials = robot.lookup("#machineSerials").queryAs(ListView.class);
    assertThat(onFx(() -> serials.getItems().size())).isEqualTo(onFx(() -> plans.serials().size()));
    WaitForAsyncUtils.asyncFx(() -> robot.lookup("#machineSerials").query().requestFocus()).get();
    WaitForAsyncUtils.asyncFx(() -> {
      javafx.scene.Node n = robot.lookup("#equipmentScreen").query();
      n.lookupAll(".scroll-pane").forEach(sp -> ((javafx.scene.control.ScrollPane) sp).setVvalue(1.0));
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
    console().screenshot(prefix() + "-machine-serials");
  }

  @Test
  void theSeparateFiltersNarrowTheMachinesByCustomerSiteAndModel(FxRobot robot) throws Exception {
    signedIn();
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.EQUIPMENT)).get();
    var vm = console().window().equipment();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#equipmentFilterCustomer").tryQuery().isPresent()
        && onFx(() -> vm.rows().size() > 1));
    var some = onFx(() -> vm.rows().get(vm.rows().size() / 2));
    int all = onFx(() -> vm.rows().size());
    // set as typed (names may be Chinese, which the headless robot cannot type)
    WaitForAsyncUtils.asyncFx(() -> {
      robot.lookup("#equipmentFilterCustomer").queryTextInputControl().setText(some.customerName());
      robot.lookup("#equipmentFilterModel").queryTextInputControl().setText(some.equipment().model());
    }).get();
    assertThat(onFx(() -> vm.customerFilterProperty().get())).isEqualTo(some.customerName());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> vm.rows().size() < all
        && vm.rows().stream().anyMatch(r -> r.id().equals(some.id()))));
    assertThat(onFx(() -> List.copyOf(vm.rows()))).allSatisfy(r -> {
      assertThat(r.customerName()).isEqualTo(some.customerName());
      assertThat(r.equipment().model()).contains(some.equipment().model());
    });
    console().screenshot(prefix() + "-equipment-filters");
    robot.clickOn("#equipmentFilterSite").write("no-such-place-42");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> vm.rows().isEmpty()));
  }
}
