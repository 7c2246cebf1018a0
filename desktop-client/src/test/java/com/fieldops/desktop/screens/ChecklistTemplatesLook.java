package com.fieldops.desktop.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.Site;
import com.fieldops.desktop.admin.ChecklistTemplateForm;
import com.fieldops.desktop.admin.ChecklistTemplatesViewModel;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.replica.Replica;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistTemplate;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console's Checklist templates screen (1600×1000, real server, demo data, the demo dispatcher):
 * a template with a required reading in bar and a note is made in the form, listed, kept by the
 * server for the dispatcher's region, and a new inspection job gets its checklist; renamed and
 * deactivated, the server keeps that too; without a title and without items it is refused next to
 * both fields and nothing is recorded. Run in English and Chinese by the subclasses.
 */
abstract class ChecklistTemplatesLook extends ConsoleLook {
  /** The word the list shows for an inactive template ("Inactive", "停用"). */
  abstract String inactiveWord();

  /** The window at the screen's corner: the form's right-most buttons are then on the 1600-wide screen. */
  @Override
  void open(javafx.stage.Stage stage) {
    super.open(stage);
    stage.setX(0);
    stage.setY(0);
  }

  private ChecklistTemplatesViewModel screen() {
    return console().window().admin().templates();
  }

  private void openScreen() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> console().window().shell().screenProperty().set(Screen.CHECKLIST_TEMPLATES)).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static <T> void choose(FxRobot robot, String id, T value) throws Exception {
    @SuppressWarnings("unchecked")
    ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
    WaitForAsyncUtils.asyncFx(() -> box.getSelectionModel().select(value)).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void type(FxRobot robot, String id, String text) throws Exception {
    robot.clickOn(id);
    javafx.scene.control.TextInputControl input = robot.lookup(id).queryTextInputControl();
    WaitForAsyncUtils.asyncFx(input::clear).get();
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private ChecklistTemplate awaitOnServer(UUID id, java.util.function.Predicate<ChecklistTemplate> state)
      throws Exception {
    ConsoleServer.pushed(console().window().replica());
    ConsoleServer.await("the server keeps the template " + id + ": " + console().server().find(
        ChecklistTemplate.class, id), Duration.ofSeconds(20),
        () -> console().server().find(ChecklistTemplate.class, id).filter(state).isPresent());
    return console().server().find(ChecklistTemplate.class, id).orElseThrow();
  }

  @Test
  void aTemplateIsMadeEditedAndRefusedNextToItsFields(FxRobot robot) throws Exception {
    signedIn();
    openScreen();
    String title = "Chiller inspection " + prefix() + " " + UUID.randomUUID().toString().substring(0, 6);

    // a new template: an inspection job's checklist with a required pressure reading and a note
    robot.clickOn("#templateNew");
    WaitForAsyncUtils.waitForFxEvents();
    ChecklistTemplateForm form = onFx(() -> screen().formProperty().get());
    type(robot, "#template-title", title);
    choose(robot, "#template-workOrderType", WorkOrderType.INSPECTION);
    type(robot, "#template-item-0-text", "Refrigerant pressure, high side");
    robot.clickOn("#template-item-0-required");
    choose(robot, "#template-item-0-kind", ChecklistAnswerKind.VALUE);
    type(robot, "#template-item-0-unit", "bar");
    robot.clickOn("#template-addItem");
    WaitForAsyncUtils.waitForFxEvents();
    type(robot, "#template-item-1-text", "Condenser coils clean");
    choose(robot, "#template-item-1-kind", ChecklistAnswerKind.NOTE);
    // a third item, moved up above the second and removed again: the order the dispatcher set is kept
    robot.clickOn("#template-addItem");
    WaitForAsyncUtils.waitForFxEvents();
    type(robot, "#template-item-2-text", "Spare line");
    robot.clickOn("#template-item-2-up");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> form.items().get(1).textProperty().get())).isEqualTo("Spare line");
    console().screenshot(prefix() + "-checklist-template-moved");
    robot.clickOn("#template-item-1-remove");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(onFx(() -> form.items().size())).isEqualTo(2);
    console().screenshot(prefix() + "-checklist-template-new");
    robot.clickOn("#template-save");
    UUID id = form.id();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> screen().line(id).isPresent()));

    ChecklistTemplate kept = awaitOnServer(id, t -> true);
    assertThat(kept.title()).isEqualTo(title);
    assertThat(kept.workOrderType()).isEqualTo(WorkOrderType.INSPECTION);
    assertThat(kept.equipmentModel()).isNull();
    assertThat(kept.region()).as("a dispatcher's template is for their region").isEqualTo(
        console().server().dispatcherRegion());
    assertThat(kept.active()).isTrue();
    assertThat(kept.items()).extracting(ChecklistTemplate.Item::text)
        .containsExactly("Refrigerant pressure, high side", "Condenser coils clean");
    assertThat(kept.items().get(0).required()).isTrue();
    assertThat(kept.items().get(0).answerKind()).isEqualTo(ChecklistAnswerKind.VALUE);
    assertThat(kept.items().get(0).unit()).isEqualTo("bar");
    assertThat(kept.items().get(1).required()).isFalse();
    assertThat(kept.items().get(1).unit()).isNull();
    ChecklistTemplatesViewModel.TemplateLine line = onFx(() -> screen().line(id).orElseThrow());
    assertThat(line.items()).isEqualTo(2);
    assertThat(line.appliesTo()).contains(onFx(() -> screen().typeText(WorkOrderType.INSPECTION)));

    // a new inspection job in the region gets the template's checklist
    Site site = console().server().siteWithoutContract();
    UUID job = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.INSPECTION,
        Priority.P3, "Yearly inspection of the chiller", null, null, null, null));
    Replica office = console().office();
    ConsoleServer.await("the new job has the template's checklist", Duration.ofSeconds(20), () -> {
      office.syncNow();
      return office.workOrders().checklists(job).stream().anyMatch(c -> c.title().equals(title));
    });
    Checklist list = office.workOrders().checklists(job).stream().filter(c -> c.title().equals(title)).findFirst()
        .orElseThrow();
    assertThat(list.items()).hasSize(2);
    assertThat(list.items().get(0).unit()).isEqualTo("bar");

    // edited: renamed and deactivated
    TableView<?> table = robot.lookup("#templatesTable").queryAs(TableView.class);
    WaitForAsyncUtils.asyncFx(() -> {
      int row = screen().templates().indexOf(screen().line(id).orElseThrow());
      table.getSelectionModel().select(row);
      table.scrollTo(row);
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#templateEdit");
    WaitForAsyncUtils.waitForFxEvents();
    ChecklistTemplateForm editing = onFx(() -> screen().formProperty().get());
    assertThat(editing.id()).isEqualTo(id);
    assertThat(onFx(() -> editing.items().size())).isEqualTo(2);
    type(robot, "#template-title", title + " (old)");
    robot.clickOn("#template-active");
    assertThat(robot.lookup("#template-active").queryAs(CheckBox.class).isSelected()).isFalse();
    robot.clickOn("#template-save");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> screen().line(id)
        .map(l -> l.title().endsWith("(old)") && l.active().equals(inactiveWord())).orElse(false)));
    ChecklistTemplate edited = awaitOnServer(id, t -> !t.active());
    assertThat(edited.title()).isEqualTo(title + " (old)");
    assertThat(edited.items()).hasSize(2);
    console().screenshot(prefix() + "-checklist-templates");

    // refused: no title and no items, each next to its field; nothing recorded
    int before = console().window().replica().equipment().checklistTemplates().size();
    long pending = console().window().replica().syncStatus().pendingCount();
    robot.clickOn("#templateNew");
    WaitForAsyncUtils.waitForFxEvents();
    ChecklistTemplateForm refused = onFx(() -> screen().formProperty().get());
    robot.clickOn("#template-item-0-remove");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#template-save");
    WaitForAsyncUtils.waitForFxEvents();
    String titleError = robot.lookup("#template-title-error").queryLabeled().getText();
    String itemsError = robot.lookup("#template-items-error").queryLabeled().getText();
    assertThat(titleError).as("the title's message").isNotBlank().doesNotContain("{").doesNotContain("checklist.");
    assertThat(itemsError).as("the items' message").isNotBlank().doesNotContain("{").doesNotContain("checklist.");
    assertThat(onFx(() -> screen().formProperty().get())).as("the form stays open").isSameAs(refused);
    assertThat(console().window().replica().equipment().checklistTemplates()).hasSize(before);
    assertThat(console().window().replica().equipment().checklistTemplate(refused.id())).isEmpty();
    assertThat(console().window().replica().syncStatus().pendingCount()).isEqualTo(pending);
    assertThat(console().server().find(ChecklistTemplate.class, refused.id())).isEmpty();
    console().screenshot(prefix() + "-checklist-template-refused");
    List<String> shown = onFx(() -> screen().templates().stream().map(ChecklistTemplatesViewModel.TemplateLine::title)
        .toList());
    assertThat(shown).contains(title + " (old)");
  }
}
