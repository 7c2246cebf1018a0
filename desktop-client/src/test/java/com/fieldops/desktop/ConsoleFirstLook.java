package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.dispatch.TimeAxis;
import com.fieldops.customer.model.Site;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console as a new dispatcher first sees it (1600×1000, demo data): the queue's numbers and
 * priorities whole, jobs begun before the hours shown cut at the edge and never on top of each
 * other, and a job's history saying who did what on which device, fields by their labels. Run in
 * English and in Chinese by its subclasses; each saves screenshots named with its {@link #prefix()}.
 */
abstract class ConsoleFirstLook {
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  abstract ConsoleFixture console();

  /** The screenshot names' prefix, e.g. "en". */
  abstract String prefix();

  /** The words the checks look for, in the console's language. */
  abstract Words words();

  record Words(String scheduledStart, String rawField, String consoleDevice, String phoneDevice, String system) {}

  /** Opens the console at 1600×1000; the subclass's {@code @Start} method calls it. */
  void open(Stage stage) {
    console().start(stage);
    stage.setWidth(1600);
    stage.setHeight(1000);
  }

  private void waitForBoard() throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console().window() != null
        && console().window().board().queue().totalProperty().get() > 0 && !console().window().board().lanes().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** What a label really draws: its LabeledText, which ends in "…" when the label was too narrow. */
  static String drawn(Label l) {
    return l.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
        .findFirst().orElse("");
  }

  @Test
  void theQueueShowsEveryWorkOrderNumberAndPriorityInFull(FxRobot robot) throws Exception {
    waitForBoard();
    // every open job (more than fit: a scroll bar narrows the list), one of them the longest-named technician's
    Technician longest = console().server().technicians().stream()
        .max(java.util.Comparator.comparingInt((Technician t) -> t.name().length())).orElseThrow();
    Site site = console().server().siteWithoutContract();
    UUID id = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P1, "Cold store alarm", null, null, null, longest.id()));
    WaitForAsyncUtils.asyncFx(() -> console().window().board().queue().scopeProperty()
        .set(com.fieldops.client.dispatch.QueueScope.ALL_OPEN)).get();
    console().awaitInQueue(id);
    console().selectInQueue(robot, id);
    console().screenshot(prefix() + "-first-look-queue");
    ListView<?> list = robot.lookup("#queueList").queryAs(ListView.class);
    assertWhole(robot, list, id);
    // a dispatcher who gives the timeline more room: the number and the chip still whole, the
    // assignee's name gives way
    javafx.scene.control.SplitPane split = splitOf(list);
    WaitForAsyncUtils.asyncFx(() -> split.setDividerPositions(0.17)).get();
    WaitForAsyncUtils.waitForFxEvents();
    console().screenshot(prefix() + "-first-look-queue-narrow");
    assertWhole(robot, list, id);
  }

  private void assertWhole(FxRobot robot, ListView<?> list, UUID id) {
    Set<Node> numbers = list.lookupAll("#queueNumber");
    Set<Node> priorities = list.lookupAll("#queuePriority");
    assertThat(numbers).as("queue entries on screen").hasSizeGreaterThan(3);
    assertThat(robot.lookup("#queue-" + label(id)).tryQuery()).isPresent();
    for (Node n : numbers) {
      Label l = (Label) n;
      if (l.isVisible() && !l.getText().isEmpty()) {
        assertThat(drawn(l)).as("the number as the queue draws it (list %s wide)", list.getWidth())
            .isEqualTo(l.getText());
      }
    }
    for (Node n : priorities) {
      Label l = (Label) n;
      if (l.isVisible() && !l.getText().isEmpty()) {
        assertThat(drawn(l)).as("the priority chip as drawn (list %s wide)", list.getWidth()).isEqualTo(l.getText());
      }
    }
  }

  private static javafx.scene.control.SplitPane splitOf(Node n) {
    Node p = n;
    while (p != null && !(p instanceof javafx.scene.control.SplitPane)) {
      p = p.getParent();
    }
    return (javafx.scene.control.SplitPane) p;
  }

  @Test
  void jobsBegunBeforeTheHoursShownAreCutAtTheEdgeAndNeverCoverEachOther(FxRobot robot) throws Exception {
    waitForBoard();
    Technician tech = console().server().technicians().get(0);
    Site site = console().server().siteWithoutContract();
    LocalDate today = LocalDate.now(console().clock().withZone(ZONE));
    UUID early = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P2, "Night shift chiller alarm", null, at(today, 6, 0), at(today, 8, 30), tech.id()));
    UUID clash = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P3, "Boiler restart", null, at(today, 6, 30), at(today, 9, 0), tech.id()));
    console().awaitInQueue(clash);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> blockOf(robot, early) != null && blockOf(robot, clash) != null);
    WaitForAsyncUtils.waitForFxEvents();
    console().screenshot(prefix() + "-first-look-timeline-early-jobs");

    Region a = blockOf(robot, early);
    Region b = blockOf(robot, clash);
    double laneWidth = ((Region) a.getParent()).getWidth();
    double hours = TimeAxis.LAST_HOUR - TimeAxis.FIRST_HOUR;
    assertThat(a.getBoundsInParent().getMinX()).as("cut at the left edge").isCloseTo(0, org.assertj.core.data.Offset.offset(0.5));
    assertThat(a.getWidth()).as("as wide as its part from 07:00 to 08:30")
        .isCloseTo(laneWidth * 1.5 / hours, org.assertj.core.data.Offset.offset(1.0));
    assertThat(b.getWidth()).isCloseTo(laneWidth * 2.0 / hours, org.assertj.core.data.Offset.offset(1.0));
    Bounds ab = a.localToScene(a.getLayoutBounds());
    Bounds bb = b.localToScene(b.getLayoutBounds());
    assertThat(ab.intersects(bb)).as("two jobs of one technician drawn over each other: %s / %s", ab, bb).isFalse();
    Label when = robot.lookup("#time-" + label(early)).queryAs(Label.class);
    assertThat(when.getText()).as("says it began earlier").startsWith("◀");
    assertThat(when.isVisible()).isTrue();
  }

  @Test
  void aJobsHistorySaysWhoDidWhatOnWhichDeviceWithFieldsByTheirLabels(FxRobot robot) throws Exception {
    waitForBoard();
    Technician tech = console().server().technicians().get(1);
    Site site = console().server().siteWithoutContract();
    LocalDate tomorrow = LocalDate.now(console().clock().withZone(ZONE)).plusDays(1);
    UUID id = console().newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR,
        Priority.P2, "Ice machine leaks", null, at(tomorrow, 10, 0), at(tomorrow, 12, 0), tech.id()));
    try (Replica phone = console().server().technicianDevice(tech)) {
      phone.syncNow();
      ConsoleServer.await("the job reached the phone", Duration.ofSeconds(15),
          () -> phone.workOrders().workOrder(id).isPresent());
      assertThat(phone.workOrders().changeStatus(id, WorkOrderStatus.ACCEPTED, null))
          .isInstanceOf(CommandOutcome.Recorded.class);
      ConsoleServer.pushed(phone);
    }
    console().awaitInQueue(id);
    console().openWorkOrder(id);
    robot.clickOn("#woStart").eraseText(40).write(tomorrow + " 11:00");
    robot.clickOn("#woEnd").eraseText(40).write(tomorrow + " 13:00");
    robot.clickOn("#woSave");
    String dispatcher = console().server().dispatcherUser().displayName();
    ListView<?> history = robot.lookup("#woHistory").queryAs(ListView.class);
    // the console's own edit and the phone's acceptance (pulled) both in the history
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lines(history).stream()
        .anyMatch(l -> l.contains(words().scheduledStart()) || l.contains(words().rawField()))
        && console().server().find(com.fieldops.workorder.model.WorkOrder.class, id).orElseThrow().status()
            == WorkOrderStatus.ACCEPTED
        && lines(history).size() >= 5);
    WaitForAsyncUtils.waitForFxEvents();
    console().screenshot(prefix() + "-first-look-history");
    List<String> lines = lines(history);
    String edit = lines.stream().filter(l -> l.contains(words().scheduledStart()) || l.contains(words().rawField()))
        .findFirst().orElseThrow();
    assertThat(edit).as("the field by its label").contains(words().scheduledStart()).doesNotContain(words().rawField())
        .contains(dispatcher).contains(words().consoleDevice());
    assertThat(lines).as("the technician's move, from their phone")
        .anySatisfy(l -> assertThat(l).contains(tech.name()).contains(words().phoneDevice()));
    assertThat(lines).as("every line names who").allSatisfy(l -> assertThat(l)
        .matches(s -> s.contains(dispatcher) || s.contains(tech.name()) || s.contains(words().system()), "a name"));
  }

  private static List<String> lines(ListView<?> list) {
    return list.getItems().stream().map(String::valueOf).toList();
  }

  private String label(UUID id) {
    return console().window().board().job(id).orElseThrow().label();
  }

  private Region blockOf(FxRobot robot, UUID id) {
    var job = console().window().board().job(id);
    if (job.isEmpty() || job.get().provisional()) {
      return null;
    }
    return robot.lookup("#block-" + job.get().label()).tryQuery().map(n -> (Region) n).orElse(null);
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
  }
}
