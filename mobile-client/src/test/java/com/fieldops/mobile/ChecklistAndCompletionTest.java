package com.fieldops.mobile;

import static com.fieldops.mobile.TechnicianDayOnlineTest.awaitJob;
import static com.fieldops.mobile.TechnicianDayOnlineTest.card;
import static com.fieldops.mobile.TechnicianDayOnlineTest.detail;
import static com.fieldops.mobile.TechnicianDayOnlineTest.fire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.visit.FieldStep;
import com.fieldops.common.Ids;
import com.fieldops.mobile.job.JobViewModel;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.mobile.testing.PhoneServer;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.EquipmentHistoryRow;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.UpsertChecklistTemplate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The job's checklist on the phone at 390×844 against the real server: required items are marked,
 * completing with one open is refused with the message under that item and nothing recorded, a reading
 * that is no number is refused next to its field, items are ticked with readings, and the job is
 * completed with first-time-fix, follow-up and failure code through CompleteWorkOrder; the office sees
 * the ticked checklist and the machine's history line with those details.
 */
@ExtendWith(ApplicationExtension.class)
class ChecklistAndCompletionTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final PhoneFixture phone = new PhoneFixture(() -> dir);

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void tickTheChecklistThenCompleteWithTheServiceDetails(FxRobot robot) throws Exception {
    UUID pressure = Ids.newId();
    UUID isolate = Ids.newId();
    UUID remarks = Ids.newId();
    ChecklistTemplate template = new ChecklistTemplate(Ids.newId(), "Repair safety", WorkOrderType.REPAIR, null,
        phone.server().technician().region(), List.of(
            new ChecklistTemplate.Item(isolate, "Isolate the supply", true, ChecklistAnswerKind.NONE, null),
            new ChecklistTemplate.Item(pressure, "Gas pressure", true, ChecklistAnswerKind.VALUE, "mbar"),
            new ChecklistTemplate.Item(remarks, "Anything else found", false, ChecklistAnswerKind.NOTE, null)), true);
    assertThat(phone.office().record(template.id(), new UpsertChecklistTemplate(template)))
        .isInstanceOf(CommandOutcome.Recorded.class);
    PhoneServer.pushed(phone.office());
    UUID id = phone.newJobToday(Priority.P2, 1, "No heat on the second floor");

    phone.start(stage, Locale.ENGLISH, false);
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, id) != null);
    TechnicianDayOnlineTest.openFromToday(robot, shell, id);
    JobViewModel job = awaitJob(shell, id);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> mine(job, template).isPresent());
    // the phone's items are the template's, in its order
    Checklist list = mine(job, template).orElseThrow();
    UUID isolateItem = list.items().get(0).id();
    UUID pressureItem = list.items().get(1).id();
    assertThat(List.of(isolateItem, pressureItem)).containsExactly(isolate, pressure);
    assertThat(TechnicianDayOnlineTest.texts(robot, "#checklist")).contains("Isolate the supply (required)")
        .contains("Gas pressure (required)").contains("Anything else found");

    TechnicianDayOnlineTest.step(robot, job, FieldStep.ACCEPT, WorkOrderStatus.ACCEPTED);
    TechnicianDayOnlineTest.step(robot, job, FieldStep.START_TRAVEL, WorkOrderStatus.EN_ROUTE);
    TechnicianDayOnlineTest.step(robot, job, FieldStep.ARRIVE, WorkOrderStatus.ON_SITE);

    // completing with required items open: refused, the message under the first open item, nothing recorded
    robot.clickOn("#step-COMPLETE");
    robot.interact(() -> job.resolutionProperty().set("Replaced the gas regulator."));
    fire(robot, "#confirmComplete");
    String refusal = label(robot, "#itemMessage-" + isolateItem).getText();
    assertThat(refusal).contains("Isolate the supply");
    assertThat(label(robot, "#itemMessage-" + isolateItem).isVisible()).isTrue();
    assertThat(label(robot, "#itemMessage-" + pressureItem).isVisible()).isFalse();
    assertThat(TechnicianDayOnlineTest.texts(robot, "#completeForm"))
        .contains("A required checklist item is still open: it is marked in the checklist below.");
    assertThat(detail(job).workOrder().status()).isEqualTo(WorkOrderStatus.ON_SITE);
    ScrollPane scroll = robot.lookup("#jobScroll").query();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(inView(robot, scroll, "#itemMessage-" + isolateItem)).as("the refused item is brought into view").isTrue();
    phone.screenshot("job-checklist-open-en-light");

    // a reading that is no number: refused next to its field, nothing recorded
    robot.interact(() -> robot.lookup("#answer-" + pressureItem).queryAs(TextField.class).setText("twenty"));
    fire(robot, "#item-" + pressureItem);
    assertThat(label(robot, "#itemMessage-" + pressureItem).getText()).isEqualTo("The reading must be a number, e.g. 1.5");
    assertThat(item(job, template, 1).done()).isFalse();

    // tick with a reading, and the plain item
    robot.interact(() -> robot.lookup("#answer-" + pressureItem).queryAs(TextField.class).setText("20,5"));
    fire(robot, "#item-" + pressureItem);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> item(job, template, 1).done());
    assertThat(item(job, template, 1).answer()).isEqualTo("20.5");
    fire(robot, "#item-" + isolateItem);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> item(job, template, 0).done());
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> scroll.setVvalue(0.55));
    phone.screenshot("job-checklist-ticked-en-light");

    // a part from the van, so the machine's history lists it
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !job.vanParts().isEmpty());
    var part = job.vanParts().stream().filter(p -> !p.part().serialized()).findFirst().orElseThrow();
    robot.interact(() -> {
      job.partProperty().set(part);
      job.partQuantityProperty().set("1");
    });
    fire(robot, "#usePart");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).partsUsed().size() == 1);

    // complete: not fixed on the first visit, a follow-up needed, with a failure code
    robot.interact(() -> scroll.setVvalue(0));
    toggle(robot, "#firstTimeFixNo");
    toggle(robot, "#followUpNeeded");
    robot.interact(() -> job.failureCodeProperty().set("bad code!"));
    fire(robot, "#confirmComplete");
    assertThat(job.messageProperty(JobViewModel.Slot.FAILURE_CODE).get()).as("the shared rule names the field")
        .isNotEmpty();
    assertThat(detail(job).workOrder().status()).isEqualTo(WorkOrderStatus.ON_SITE);
    phone.screenshot("job-complete-form-en-light");
    robot.interact(() -> job.failureCodeProperty().set("REG-01"));
    fire(robot, "#confirmComplete");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(job).workOrder().status() == WorkOrderStatus.COMPLETED);
    assertThat(job.firstTimeFixProperty().get()).isFalse();
    assertThat(job.followUpNeededProperty().get()).isTrue();
    // the machine's history on the phone: this visit with what was found and fitted
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#machineHistory").tryQuery().isPresent()
        && TechnicianDayOnlineTest.texts(robot, "#machineHistory").contains("Failure code REG-01"));
    assertThat(TechnicianDayOnlineTest.texts(robot, "#machineHistory"))
        .contains("Replaced the gas regulator.")
        .contains("Failure code REG-01 · not fixed on the first visit · follow-up needed")
        .contains("1 × " + part.part().sku() + " " + part.part().name());

    // the office sees the ticked checklist and the machine's history line with the details
    PhoneServer.pushed(shell.session().replica());
    phone.office().syncNow();
    UUID machine = detail(job).workOrder().equipmentId();
    PhoneServer.await("the office sees the machine's history line", Duration.ofSeconds(20), () -> phone.office()
        .equipment().history(machine).stream().anyMatch(r -> id.equals(r.workOrderId())));
    EquipmentHistoryRow row = phone.office().equipment().history(machine).stream()
        .filter(r -> id.equals(r.workOrderId())).findFirst().orElseThrow();
    assertThat(row.failureCode()).isEqualTo("REG-01");
    assertThat(row.firstTimeFix()).isFalse();
    assertThat(row.followUpNeeded()).isTrue();
    Checklist office = phone.office().workOrders().checklists(id).stream()
        .filter(c -> c.title().equals(template.title())).findFirst().orElseThrow();
    assertThat(office.items().get(1).answer()).isEqualTo("20.5");
    assertThat(office.items().get(0).done()).isTrue();
    assertThat(shell.session().replica().syncStatus().rejected()).isEmpty();

    // the customer reads the checklist in the visit summary before signing: items, reading with unit
    fire(robot, "#openSignature");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.signature() != null
        && shell.signature().detailProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(TechnicianDayOnlineTest.texts(robot, "#summaryChecklist"))
        .contains("✔ Isolate the supply")
        .contains("✔ Gas pressure: 20.5 mbar")
        .contains("✘ Anything else found (open)");
    // who ticked each item, and when (the technician, on the site's clock)
    Checklist ticked = mine(job, template).orElseThrow();
    String time = java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
        .withLocale(Locale.ENGLISH).withZone(detail(job).row().siteZone())
        .format(ticked.items().get(1).tickedAt());
    assertThat(TechnicianDayOnlineTest.texts(robot, "#summaryChecklist"))
        .contains("✔ Gas pressure: 20.5 mbar  ·  " + phone.server().technician().name() + " · ").contains(time);
  }

  private static Optional<Checklist> mine(JobViewModel job, ChecklistTemplate template) {
    try {
      return WaitForAsyncUtils.asyncFx(() -> job.checklists().stream().filter(c -> c.title().equals(template.title()))
          .findFirst()).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ChecklistItem item(JobViewModel job, ChecklistTemplate template, int index) {
    return mine(job, template).orElseThrow().items().get(index);
  }

  private static void toggle(FxRobot robot, String query) {
    ToggleButton t = robot.lookup(query).queryAs(ToggleButton.class);
    robot.interact(t::fire);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Whether the node is inside the visible part of the job's scroll pane. */
  private static boolean inView(FxRobot robot, ScrollPane scroll, String query) {
    javafx.scene.Node n = robot.lookup(query).query();
    try {
      return WaitForAsyncUtils.asyncFx(() -> {
        var b = n.localToScene(n.getBoundsInLocal());
        var v = scroll.localToScene(scroll.getBoundsInLocal());
        return b.getMinY() >= v.getMinY() && b.getMaxY() <= v.getMaxY();
      }).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Label label(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class);
  }
}
