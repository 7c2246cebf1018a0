package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.dispatch.TimelineViewAccess;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.desktop.testing.ListRowsOnScreen;
import com.fieldops.desktop.theme.ThemeMode;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.SyncStatus;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
 * Every screen in Chinese and in the dark theme, saved as screenshots, and the texts really in
 * Chinese: the real replica against the real sync server (demo data), signed in as the demo
 * dispatcher, offline with a change waiting and a change the server rejected.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTourTest {
  @TempDir
  static Path dir;

  @RegisterExtension
  static final ConsoleFixture console =
      ConsoleFixture.dispatcher(() -> dir, Locale.SIMPLIFIED_CHINESE, ZoneId.of("Europe/Berlin")).withNetworkSwitch();

  @Start
  void start(Stage stage) {
    console.start(stage);
  }

  private void show(Screen s) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> console.window().shell().screenProperty().set(s)).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static UUID newJob(String problem) throws Exception {
    Site site = console.server().siteWithoutContract();
    return console.newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR, Priority.P2,
        problem, null, null, null, null));
  }

  @Test
  void everyScreenInChineseAndDark(FxRobot robot) throws Exception {
    Technician tech = console.server().technicians().get(0);
    UUID id = newJob("Walk-in freezer alarm");
    console.awaitInQueue(id);
    // offline with an assignment waiting, while the job is cancelled from the other device
    console.network().offline(true);
    console.assignWithKeyboard(robot, id, tech.name());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> console.window().syncStatus().connectivityProperty().get() == SyncStatus.Connectivity.OFFLINE
            && console.window().syncStatus().pendingCountProperty().get() > 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nav-DISPATCH").queryLabeled().getText()).isEqualTo("调度看板");
    assertThat(robot.lookup("#syncConnectivity").queryLabeled().getText()).isEqualTo("离线");
    console.screenshot("zh-dispatch-board");

    console.cancelFromOffice(id, "客户已自行修好");
    console.network().offline(false);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !console.window().syncStatus().rejected().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#syncRejectedToggle");
    console.screenshot("zh-rejected-changes");
    robot.clickOn("#syncRejectedToggle");

    WaitForAsyncUtils.asyncFx(() -> console.window().board().scaleProperty().set(
        com.fieldops.client.dispatch.TimelineScale.WEEK)).get();
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> robot.lookup(TimelineViewAccess.lane(tech.name())).tryQuery().isPresent());
    console.screenshot("zh-dispatch-week");
    assertThat(robot.lookup(".fo-job-block").queryAll().stream()
        .filter(n -> n.getId() != null && n.getId().startsWith("block-")).toList()).as("jobs in the week").isNotEmpty()
        .allSatisfy(block -> assertThat(((javafx.scene.Parent) block).getChildrenUnmodifiable().get(0).isVisible())
            .as("text only where it fits, %.0f px", ((javafx.scene.layout.Region) block).getWidth())
            .isEqualTo(((javafx.scene.layout.Region) block).getWidth() >= 36));
    show(Screen.ESCALATIONS);
    console.screenshot("zh-escalations");
    show(Screen.KPIS);
    console.screenshot("zh-kpis");
    show(Screen.CUSTOMERS);
    console.screenshot("zh-customers");
    javafx.scene.control.ListView<?> customers = robot.lookup("#customerResults")
        .queryAs(javafx.scene.control.ListView.class);
    ListRowsOnScreen.assertNeitherClippedNorOverlapping(robot, customers);
    List<String> chinese = console.window().customers().results().stream().map(c -> c.name())
        .filter(n -> n.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
        .toList();
    assertThat(chinese).as("Chinese names by pinyin, as a Chinese reader looks them up").hasSizeGreaterThan(2)
        .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE)::compare);
    show(Screen.WORK_ORDERS);
    console.screenshot("zh-work-orders");
    // the cancelled job, found by its number among the finished ones, read-only with its clocks stopped
    console.openWorkOrder(id);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#woReadOnly").query().isVisible());
    assertThat(robot.lookup("#woReadOnly").queryLabeled().getText()).contains("不能再编辑");
    assertThat(robot.lookup("#woAddNote").queryButton().getText()).isEqualTo("添加备注");
    String number = console.window().workOrder().detailProperty().get().row().label();
    robot.clickOn("#woSearch").write(number.substring(number.length() - 6));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#finished-" + number).tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    console.screenshot("zh-work-order-cancelled");

    WaitForAsyncUtils.asyncFx(() -> console.window().shell().themeProperty().set(ThemeMode.DARK)).get();
    show(Screen.DISPATCH);
    WaitForAsyncUtils.asyncFx(() -> console.window().board().scaleProperty().set(
        com.fieldops.client.dispatch.TimelineScale.DAY)).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(console.stage().getScene().getRoot().getStyleClass()).contains("dark");
    console.screenshot("zh-dark-dispatch-board");
    show(Screen.KPIS);
    console.screenshot("zh-dark-kpis");
  }
}
