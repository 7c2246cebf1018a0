package com.fieldops.desktop.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.dispatch.AssignmentRequest;
import com.fieldops.customer.model.Site;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.desktop.workorder.JobSheet;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.replica.StockOnHand;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A job's checklist, costs and required skill level on the console's work-order view (1600×1000, real
 * server, demo data): what the technician ticked with their note, the parts at cost and at price in
 * the job's currency, time without a rate named as left out; a level on a job that names no skill is
 * refused under the picker; a level set on a job is kept by the server and the assign dialog warns of
 * a technician below it. Run in English and Chinese by the subclasses.
 */
abstract class JobSheetLook extends ConsoleLook {
  /** How the reader's language names a phone ("phone", "手机"). */
  abstract String phoneWord();

  @Test
  void theJobShowsItsChecklistAsTickedAndItsCostsInItsCurrency(FxRobot robot) throws Exception {
    signedIn();
    Technician tech = console().server().technicians().get(0);
    UUID van = tech.vanStockLocationId();
    Site site = console().server().siteWithoutContract();
    UUID job = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.PREVENTIVE,
        Priority.P3, "Yearly service of the chiller", null, null, null, tech.id()));
    String note = "No leaks; belt worn " + prefix();
    String sku;
    try (Replica phone = console().server().technicianDevice(tech)) {
      ConsoleServer.await("the phone holds the job, its checklist and the van's stock", Duration.ofSeconds(20), () -> {
        phone.syncNow();
        return !phone.workOrders().checklists(job).isEmpty() && phone.stock().onHand(van).stream()
            .anyMatch(l -> l.onHand() > 0 && l.part() != null && !l.part().serialized());
      });
      Checklist list = phone.workOrders().checklists(job).get(0);
      ChecklistItem noteItem = list.items().stream().filter(i -> i.answerKind() == ChecklistAnswerKind.NOTE)
          .findFirst().orElseThrow(() -> new AssertionError("no item asks for a note: " + list));
      recorded(phone.workOrders().tickChecklistItem(list.id(), noteItem.id(), true, null, note));
      Instant start = console().clock().instant().minus(Duration.ofHours(2));
      recorded(phone.workOrders().addTime(job, tech.id(), TimeEntryKind.LABOUR, start, start.plus(Duration.ofMinutes(90)),
          true, null));
      StockOnHand part = phone.stock().onHand(van).stream()
          .filter(l -> l.onHand() > 0 && l.part() != null && !l.part().serialized()).findFirst().orElseThrow();
      sku = part.part().sku();
      recorded(phone.record(job, new ConsumePart(UUID.randomUUID(), part.partId(), van, 1, null)));
      ConsoleServer.pushed(phone);
      assertThat(phone.syncStatus().rejected()).isEmpty();
    }
    console().awaitInQueue(job);
    JobSheet sheet = console().window().workOrder().sheet();
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.WORK_ORDERS)).get();
    console().openWorkOrder(job);
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
        console().window().replica().syncNow();
        WaitForAsyncUtils.asyncFx(sheet::load).get();
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> job.equals(sheet.shownJob()) && sheet.checklist().stream().anyMatch(l -> l.contains(note))
            && sheet.costLines().stream().anyMatch(l -> l.what().contains(sku)));
      });
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("checklist " + sheet.checklist() + " costs " + sheet.costLines(), e);
    }
    WaitForAsyncUtils.waitForFxEvents();
    ListView<?> checklist = robot.lookup("#woChecklist").queryAs(ListView.class);
    String ticked = checklist.getItems().stream().map(Object::toString).filter(l -> l.contains(note)).findFirst()
        .orElseThrow();
    ChecklistItem doneItem = console().window().replica().workOrders().checklists(job).get(0)
        .items().stream().filter(ChecklistItem::done).findFirst().orElseThrow();
    assertThat(ticked).startsWith("☑").contains(doneItem.text());
    // who ticked it, when (the site's clock, the reader's locale) and on which device: the technician's phone
    assertThat(doneItem.tickedAt()).as("the server kept when the phone ticked it").isNotNull();
    String time = java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
        .withLocale(sheet.messages().locale()).withZone(site.timeZone()).format(doneItem.tickedAt());
    String device = doneItem.tickedOnDevice();
    assertThat(ticked).as("the tick's byline").contains(tech.name()).contains(time)
        .contains(phoneWord() + " " + device.substring(device.length() - 6));
    assertThat(checklist.getItems().stream().map(Object::toString).filter(l -> l.startsWith("☐")).toList())
        .as("the items still open").isNotEmpty();
    assertThat(robot.lookup("#woChecklistSummary").queryLabeled().getText()).contains("1").isNotBlank();

    TableView<?> costs = robot.lookup("#woCosts").queryAs(TableView.class);
    JobSheet.CostRow partLine = sheet.costLines().stream().filter(l -> l.what().contains(sku)).findFirst().orElseThrow();
    assertThat(costs.getItems()).hasSameSizeAs(sheet.costLines());
    assertThat(partLine.atCost()).as("parts at cost, in euros").contains("€");
    assertThat(partLine.charged()).contains("€");
    assertThat(robot.lookup("#woCostsSummary").queryLabeled().getText()).contains("EUR");
    assertThat(sheet.costTotals()).hasSize(4).allSatisfy(t -> assertThat(t).doesNotContain("jobsheet."));
    assertThat(sheet.costTotals().get(3)).contains(partLine.charged());
    assertThat(sheet.costProblems()).as("the demo technicians have no rate: their time is named as left out")
        .anySatisfy(p -> assertThat(p).contains(tech.name()));
    WaitForAsyncUtils.asyncFx(() -> {
      javafx.scene.control.ScrollPane pane = robot.lookup("#workOrderView").queryAs(javafx.scene.control.ScrollPane.class);
      pane.setVvalue(1.0);
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
    console().screenshot(prefix() + "-job-checklist-costs");
  }

  @Test
  void aRequiredSkillLevelIsSetOnTheJobAndWarnedOfWhenAssigning(FxRobot robot) throws Exception {
    signedIn();
    // a technician with a skill below the top level, so a job can need more than they have
    Technician tech = console().server().technicians().stream()
        .filter(t -> t.skills().stream().anyMatch(x -> x.level() < 5)).findFirst().orElseThrow();
    com.fieldops.identity.model.Skill below = tech.skills().stream().filter(x -> x.level() < 5).findFirst().orElseThrow();
    Site site = console().server().siteWithoutContract();
    // a job that names no skill: a level alone is refused under the picker
    UUID plain = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P3, "Door seal torn", null, null, null, null));
    console().awaitInQueue(plain);
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.WORK_ORDERS)).get();
    console().openWorkOrder(plain);
    JobSheet sheet = console().window().workOrder().sheet();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> plain.equals(sheet.shownJob())));
    choose(robot, 3);
    robot.clickOn("#woSkillLevelSet");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> !robot.lookup("#woSkillLevelError").queryLabeled().getText().isBlank());
    assertThat(console().window().replica().workOrders().workOrder(plain).orElseThrow().workOrder().requiredSkillLevel())
        .isNull();
    console().screenshot(prefix() + "-job-skill-level-refused");

    // a job needing the technician's best skill at a level above theirs
    String skill = below.code();
    int needed = below.level() + 1;
    UUID job = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P3, "Compressor trips", skill, null, null, null));
    console().awaitInQueue(job);
    console().openWorkOrder(job);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> job.equals(sheet.shownJob())));
    choose(robot, needed);
    robot.clickOn("#woSkillLevelSet");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Objects.equals(needed, console().window().replica()
        .workOrders().workOrder(job).orElseThrow().workOrder().requiredSkillLevel()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#woSkillLevelError").queryLabeled().getText()).isBlank();
    assertThat(robot.lookup("#woSkillLevelMessage").queryLabeled().getText()).contains(String.valueOf(needed))
        .contains(skill);
    console().screenshot(prefix() + "-job-skill-level-set");
    ConsoleServer.pushed(console().window().replica());
    assertThat(console().server().find(WorkOrder.class, job).orElseThrow().requiredSkillLevel()).isEqualTo(needed);

    // the assign dialog's check reads the job's level: the technician below it is warned of
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
      var item = onFx(() -> console().window().board().queue().find(job));
      return item != null && Objects.equals(needed, item.row().requiredSkillLevel());
    });
    Instant at = console().clock().instant().plus(Duration.ofDays(1));
    List<String> warnings = onFx(() -> console().window().board().warnings(new AssignmentRequest(job,
        console().window().board().queue().find(job).row().label(), tech.id(), tech.name(), at,
        at.plus(Duration.ofHours(2)))));
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains(tech.name()).contains(String.valueOf(needed)));
  }

  private static void choose(FxRobot robot, int level) throws Exception {
    ComboBox<?> picker = robot.lookup("#woSkillLevel").queryAs(ComboBox.class);
    WaitForAsyncUtils.asyncFx(() -> {
      @SuppressWarnings("unchecked")
      ComboBox<Integer> p = (ComboBox<Integer>) picker;
      p.setValue(level);
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
  }
}
