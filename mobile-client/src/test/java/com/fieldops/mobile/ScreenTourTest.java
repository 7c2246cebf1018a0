package com.fieldops.mobile;

import static com.fieldops.mobile.TechnicianDayOnlineTest.awaitJob;
import static com.fieldops.mobile.TechnicianDayOnlineTest.card;
import static com.fieldops.mobile.TechnicianDayOnlineTest.fire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.visit.FieldStep;
import com.fieldops.mobile.job.JobViewModel;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.mobile.testing.PhoneFixture;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen at 390×844 in English and Chinese, light and dark, saved to target/screenshots; on each,
 * every button and field a thumb can reach is at least 48 px high and no label is cut ("…").
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTourTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final PhoneFixture phone = new PhoneFixture(() -> dir);

  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @ParameterizedTest
  @CsvSource({"en, false", "en, true", "zh-CN, false", "zh-CN, true"})
  void everyScreen(String lang, boolean dark, FxRobot robot) throws Exception {
    String tag = lang.substring(0, 2) + "-" + (dark ? "dark" : "light");
    givesRepairsAChecklist(phone);
    UUID id = phone.newJobToday(Priority.P1, 1, lang.startsWith("zh") ? "冷库报警，压缩机停机" : "Cold store alarm, compressor stopped");
    phone.start(stage, Locale.forLanguageTag(lang), dark);
    PhoneShell shell = phone.awaitToday();
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> card(shell, id) != null);
    check(robot, "today-" + tag);

    TechnicianDayOnlineTest.openFromToday(robot, shell, id);
    JobViewModel job = awaitJob(shell, id);
    check(robot, "job-" + tag);
    TechnicianDayOnlineTest.step(robot, job, FieldStep.ACCEPT, WorkOrderStatus.ACCEPTED);
    TechnicianDayOnlineTest.step(robot, job, FieldStep.START_TRAVEL, WorkOrderStatus.EN_ROUTE);
    TechnicianDayOnlineTest.step(robot, job, FieldStep.ARRIVE, WorkOrderStatus.ON_SITE);
    robot.clickOn("#step-HOLD");
    fire(robot, "#confirmHold");
    check(robot, "job-hold-refused-" + tag);
    ScrollPane scroll = robot.lookup("#jobScroll").query();
    robot.interact(() -> scroll.setVvalue(1));
    check(robot, "job-records-" + tag);
    // the checklist: one reading ticked, one item still open
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#item-" + SUCTION_ITEM).tryQuery().isPresent());
    robot.interact(() -> robot.lookup("#answer-" + SUCTION_ITEM).queryAs(TextField.class).setText("4.2"));
    fire(robot, "#item-" + SUCTION_ITEM);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#item-" + SUCTION_ITEM).queryButton()
        .getStyleClass().contains("done"));
    scrollTo(robot, scroll, "#checklist");
    check(robot, "job-checklist-" + tag);
    robot.interact(() -> scroll.setVvalue(0));
    robot.clickOn("#step-COMPLETE");
    robot.interact(() -> job.resolutionProperty().set(lang.startsWith("zh") ? "更换继电器，冷库恢复 -18 °C。" : "Relay replaced, store back at -18 °C."));
    robot.interact(() -> job.failureCodeProperty().set("RELAY-02"));
    robot.interact(() -> scroll.setVvalue(0.12));
    check(robot, "job-complete-form-" + tag);
    fire(robot, "#confirmComplete");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> job.detailProperty().get().workOrder().status() == WorkOrderStatus.COMPLETED);
    robot.interact(() -> scroll.setVvalue(0));
    check(robot, "job-completed-" + tag);

    robot.clickOn("#openSignature");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.signature() != null && shell.signature().detailProperty().get() != null);
    fire(robot, "#sign");
    check(robot, "signature-refused-" + tag);
    robot.moveTo("#signatureCanvas").moveBy(-120, 10).press(MouseButton.PRIMARY)
        .moveBy(30, -30).moveBy(30, 40).moveBy(30, -40).moveBy(30, 40).moveBy(40, -20).release(MouseButton.PRIMARY);
    robot.interact(() -> shell.signature().signerNameProperty().set(lang.startsWith("zh") ? "王芳" : "Anna Schmidt"));
    check(robot, "signature-drawn-" + tag);

    // no signal, a note waiting, sign out: the warning
    phone.offline(true);
    robot.interact(shell::showToday);
    assertThat(shell.session().replica().workOrders().addNote(id, "x", false).isRecorded()).isTrue();
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.sync().offlineProperty().get());
    check(robot, "today-offline-" + tag);
    robot.clickOn("#signOut");
    check(robot, "signout-warning-" + tag);
    robot.clickOn("#confirmSignOut");
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup("#signInView").tryQuery().isPresent());
    check(robot, "signin-" + tag);
  }

  private static final UUID TOUR_TEMPLATE = UUID.fromString("0190a000-0000-7000-8000-00000000c401");
  static final UUID SUCTION_ITEM = UUID.fromString("0190a000-0000-7000-8000-00000000c402");
  private static final UUID COOLER_ITEM = UUID.fromString("0190a000-0000-7000-8000-00000000c403");
  private static final java.util.Set<PhoneFixture> templateGiven = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Repairs in the technician's region get a checklist (optional items, so the tour can complete). */
  static void givesRepairsAChecklist(PhoneFixture phone) throws Exception {
    if (templateGiven.contains(phone)) {
      return;
    }
    var template = new com.fieldops.workorder.model.ChecklistTemplate(TOUR_TEMPLATE, "Cold store check",
        com.fieldops.workorder.model.WorkOrderType.REPAIR, null, phone.server().technician().region(), List.of(
            new com.fieldops.workorder.model.ChecklistTemplate.Item(SUCTION_ITEM, "Suction pressure", false,
                com.fieldops.workorder.model.ChecklistAnswerKind.VALUE, "bar"),
            new com.fieldops.workorder.model.ChecklistTemplate.Item(COOLER_ITEM, "Evaporator coil clean", false,
                com.fieldops.workorder.model.ChecklistAnswerKind.NONE, null)), true);
    assertThat(phone.office().record(TOUR_TEMPLATE, new com.fieldops.workorder.mutation.UpsertChecklistTemplate(template))
        .isRecorded()).isTrue();
    com.fieldops.mobile.testing.PhoneServer.pushed(phone.office());
    templateGiven.add(phone);
  }

  /** Scrolls the job so the node is near the top of the screen. */
  private static void scrollTo(FxRobot robot, ScrollPane scroll, String query) {
    Node n = robot.lookup(query).query();
    robot.interact(() -> {
      var body = (javafx.scene.layout.Region) scroll.getContent();
      double y = body.sceneToLocal(n.localToScene(0, 0)).getY();
      double room = body.getHeight() - scroll.getViewportBounds().getHeight();
      scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / room)));
    });
  }

  private void check(FxRobot robot, String name) {
    check(robot, phone, name);
  }

  /** Saves the screen and checks what a gloved thumb and a reader need. */
  static void check(FxRobot robot, PhoneFixture phone, String name) {
    WaitForAsyncUtils.waitForFxEvents();
    phone.screenshot(name);
    List<String> problems = new ArrayList<>();
    Stage stage = phone.stage();
    robot.interact(() -> {
      stage.getScene().getRoot().applyCss();
      stage.getScene().getRoot().layout();
      collect(stage.getScene().getRoot(), problems);
    });
    assertThat(problems).as(name).isEmpty();
  }

  private static void collect(Node n, List<String> problems) {
    if (!n.isVisible()) {
      return;
    }
    if ((n instanceof ButtonBase || n instanceof TextInputControl || n instanceof javafx.scene.control.ComboBoxBase<?>)
        && ((Control) n).getHeight() > 0 && ((Control) n).getHeight() < 48) {
      problems.add("too small to tap: " + n.getId() + " " + ((Control) n).getHeight());
    }
    if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.getWidth() > 0) {
      var skin = l.lookup(".text");
      if (skin instanceof javafx.scene.text.Text t && t.getText() != null && t.getText().endsWith("…")
          && !l.getText().endsWith("…")) {
        problems.add("cut text: " + l.getText());
      }
    }
    if (n instanceof javafx.scene.Parent p) {
      p.getChildrenUnmodifiable().forEach(c -> collect(c, problems));
    }
  }
}
