package com.fieldops.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.demo.DemoDataSet;
import com.fieldops.client.countdown.BadgeState;
import com.fieldops.desktop.shell.Screen;
import com.fieldops.desktop.testing.ConsoleFixture;
import com.fieldops.desktop.testing.ListRowsOnScreen;
import com.fieldops.desktop.testing.ConsoleServer;
import com.fieldops.desktop.testing.Screenshots;
import com.fieldops.customer.model.Site;
import com.fieldops.identity.model.Technician;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.SyncStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
 * The console with its real replica (SQLite file, sync engine over HTTP) against the real sync
 * server in-process (SQLite storage, seeded demo data): sign in as the demo dispatcher, see SLA
 * badges move with the clock, assign by keyboard and by drag, work offline and come back, see a
 * rejection's reason, create a work order, read KPIs and a work order's parts and attachments.
 * Other people's actions reach the server the normal way: from the dispatcher's second device.
 *
 * <p>The console runs in London while the demo region's sites are in Berlin, so job times show the
 * site's own time too.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleAgainstServerTest {
  static final ZoneId CONSOLE_ZONE = ZoneId.of("Europe/London");

  @TempDir
  static Path dir;

  @RegisterExtension
  static final ConsoleFixture console =
      ConsoleFixture.dispatcher(() -> dir, Locale.ENGLISH, CONSOLE_ZONE).withNetworkSwitch();

  @Start
  void start(Stage stage) {
    console.start(stage);
  }

  /** A new job recorded by the dispatcher's other device and pushed to the server. */
  private static UUID newJob(String problem, Priority priority, Site site) throws Exception {
    return console.newJob(new NewWorkOrder(site.customerId(), site.id(), null, null, WorkOrderType.REPAIR, priority,
        problem, null, null, null, null));
  }

  private static UUID newJob(String problem) throws Exception {
    return newJob(problem, Priority.P2, console.server().siteWithoutContract());
  }

  private static boolean assignedOnServer(UUID id, UUID technician) {
    return console.server().find(WorkOrder.class, id).map(w -> technician.equals(w.assigneeId())).orElse(false);
  }

  private Label responseBadge(FxRobot robot, UUID id) {
    String label = console.window().board().job(id).orElseThrow().label();
    return robot.lookup("#queue-" + label).lookup(".fo-sla-badge").query();
  }

  @Test
  void signsInAndShowsTheServersWorkOrdersAndTechnicians(FxRobot robot) throws Exception {
    UUID id = newJob("Walk-in freezer alarm");
    console.awaitInQueue(id);
    assertThat(console.window().board().lanes()).extracting(l -> l.name())
        .containsAll(console.server().technicians().stream().map(Technician::name).toList());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> console.window().syncStatus().connectivityProperty().get() == SyncStatus.Connectivity.ONLINE);
    assertThat(robot.lookup("#timelineZone").queryLabeled().getText()).isEqualTo("Times in Europe/London");
    console.screenshot("server-board-signed-in");
  }

  @Test
  void aP1JobOnGold24x7ShowsItsResponseCountdownTurningToWarningThenBreached(FxRobot robot) throws Exception {
    UUID id = newJob("Server room cooling failed", Priority.P1, console.server().goldSite());
    console.awaitInQueue(id);
    var row = console.window().board().queue().find(id).row();
    assertThat(row.sla()).as("the replica computed the clocks").isNotNull();
    assertThat(row.sla().policyName()).isEqualTo("Gold 24x7");
    assertThat(row.slaDue()).isEqualTo(row.createdAt().plus(Duration.ofMinutes(60)));

    Label badge = responseBadge(robot, id);
    assertThat(badge.getUserData()).isEqualTo(BadgeState.OK);
    assertThat(badge.getText()).startsWith("Response ").doesNotContain("overdue");
    assertThat(badge.getTooltip().getText()).startsWith("Response: ").endsWith(" left");
    String label = console.window().board().job(id).orElseThrow().label();
    assertThat(robot.lookup("#queue-" + label).lookup(".fo-sla-badge").queryAll())
        .as("one badge per milestone").hasSize(3);
    console.screenshot("server-badge-normal");

    console.clock().advance(Duration.ofMinutes(46));
    console.tick();
    Label warning = responseBadge(robot, id);
    assertThat(warning.getUserData()).isEqualTo(BadgeState.WARNING);
    assertThat(warning.getStyleClass()).contains("fo-warning");
    assertThat(warning.getGraphic()).as("an icon, not colour alone").isNotNull();
    console.screenshot("server-badge-warning");

    console.clock().advance(Duration.ofMinutes(15));
    console.tick();
    Label breached = responseBadge(robot, id);
    assertThat(breached.getUserData()).isEqualTo(BadgeState.BREACHED);
    assertThat(breached.getText()).startsWith("Response overdue");
    assertThat(breached.getStyleClass()).contains("fo-breached");
    console.screenshot("server-badge-breached");
  }

  @Test
  void assignByKeyboardShowsOnTheTechniciansRowWithSiteTimeAndReachesTheServer(FxRobot robot) throws Exception {
    Technician tech = console.server().technicians().get(0);
    UUID id = newJob("Dough mixer stops");
    console.awaitInQueue(id);
    console.assignWithKeyboard(robot, id, tech.name());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> assignedOnServer(id, tech.id()));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.window().board().lane(tech.id())
        .map(l -> l.jobs().stream().anyMatch(j -> j.id().equals(id))).orElse(false));
    String label = console.window().board().job(id).orElseThrow().label();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#block-" + label).tryQuery().isPresent());
    // 10:00 in London is 11:00 at the Berlin site
    assertThat(robot.lookup("#time-" + label).queryLabeled().getText()).isEqualTo("site 11:00 AM");
    console.screenshot("server-assigned-by-keyboard");
  }

  @Test
  void assignByDragReachesTheServer(FxRobot robot) throws Exception {
    Technician tech = console.server().technicians().get(1);
    UUID id = newJob("Cold room door seal torn");
    console.awaitInQueue(id);
    console.selectInQueue(robot, id);
    String label = console.window().board().job(id).orElseThrow().label();
    // as a dispatcher does: search for the job, then drag it
    robot.clickOn("#queueSearch").write(label);
    try {
      WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#queue-" + label).tryQuery().isPresent());
    } catch (java.util.concurrent.TimeoutException e) {
      console.screenshot("failure-drag-no-cell");
      ListView<?> l = robot.lookup("#queueList").queryAs(ListView.class);
      throw new AssertionError("no cell for " + label + "; list has " + l.getItems().size() + " items, contains it: "
          + l.getItems().contains(console.window().board().queue().find(id)), e);
    }
    var job = robot.lookup("#queue-" + label).query();
    var lane = robot.lookup(com.fieldops.desktop.dispatch.TimelineViewAccess.lane(tech.name())).query();
    var b = lane.localToScreen(lane.getBoundsInLocal());
    double axisStart = b.getMinX() + com.fieldops.desktop.dispatch.TimelineViewAccess.nameWidth();
    double x = axisStart + (b.getMaxX() - axisStart) * 0.3;
    robot.drag(job).moveTo(new javafx.geometry.Point2D(x - 30, b.getCenterY()))
        .moveTo(new javafx.geometry.Point2D(x, b.getCenterY())).drop();
    WaitForAsyncUtils.waitForFxEvents();
    if (robot.lookup("#warnProceed").tryQuery().isPresent()) {
      robot.clickOn("#warnProceed");
    }
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> assignedOnServer(id, tech.id()));
  }

  @Test
  void workDoneOfflineIsPendingAndSyncsWhenTheServerIsBack(FxRobot robot) throws Exception {
    Technician tech = console.server().technicians().get(1);
    UUID id = newJob("Proofing cabinet too humid");
    console.awaitInQueue(id);
    console.server().stop();
    console.assignWithKeyboard(robot, id, tech.name());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> console.window().syncStatus().connectivityProperty().get() == SyncStatus.Connectivity.OFFLINE
            && console.window().syncStatus().pendingCountProperty().get() > 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#syncConnectivity").queryLabeled().getText()).isEqualTo("Offline");
    assertThat(robot.lookup("#syncPending").queryLabeled().getText()).endsWith("waiting to sync");
    assertThat(assignedOnServer(id, tech.id())).isFalse();
    console.screenshot("server-offline-pending");
    console.server().start();
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> assignedOnServer(id, tech.id()));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("not on the server; console status: " + console.window().replica().syncStatus()
          + "; server has " + console.server().find(WorkOrder.class, id), e);
    }
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> console.window().syncStatus().pendingCountProperty().get() == 0);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#syncPending").queryLabeled().getText()).isEqualTo("No changes waiting");
  }

  @Test
  void aRejectedChangeShowsItsReasonAndCanBeDismissed(FxRobot robot) throws Exception {
    Technician tech = console.server().technicians().get(0);
    UUID id = newJob("Display case light flickers");
    console.awaitInQueue(id);
    console.network().offline(true);
    console.assignWithKeyboard(robot, id, tech.name());
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> console.window().syncStatus().pendingCountProperty().get() > 0);
    // meanwhile the dispatcher cancelled the job from the other device
    console.cancelFromOffice(id, "Customer fixed it");

    console.network().offline(false);
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !console.window().syncStatus().rejected().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#syncRejectedToggle");
    var reason = console.window().syncStatus().rejected().get(0).reason();
    assertThat(reason).isNotBlank().doesNotContain("protocol.");
    assertThat(robot.lookup("#rejectedPanel").lookup(".fo-field-error").queryLabeled().getText())
        .isEqualTo("Reason: " + reason);
    console.screenshot("server-rejected-change");
    // assigning by keyboard also scheduled the job: one gesture, one mutation, so one refusal (decision 0012)
    assertThat(console.window().syncStatus().rejected()).singleElement().satisfies(r -> {
      assertThat(r.mutationType()).isEqualTo("AssignWorkOrder");
      assertThat(r.reason()).contains("can no longer be assigned");
    });
    robot.clickOn("Dismiss");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.window().syncStatus().rejected().isEmpty());
    assertThat(console.server().find(WorkOrder.class, id).orElseThrow().status()).isEqualTo(WorkOrderStatus.CANCELLED);
    assertThat(console.server().find(WorkOrder.class, id).orElseThrow().assigneeId()).isNull();
  }

  @Test
  void badFieldValuesShowTheirMessagesNextToTheFieldsAndChangeNothing(FxRobot robot) throws Exception {
    UUID id = newJob("Oven thermostat drifts");
    console.awaitInQueue(id);
    console.openWorkOrder(id);
    robot.clickOn("#woStart").write("tomorrow morning");
    robot.clickOn("#woSave");
    assertThat(robot.lookup("#woStartError").queryLabeled().getText())
        .isEqualTo("Enter a date and time like 2026-03-14 09:30.");
    robot.clickOn("#woStart").type(KeyCode.END).eraseText(20).write("2026-12-01 10:00");
    robot.clickOn("#woEnd").write("2026-12-01 09:00");
    robot.clickOn("#woProblem").type(KeyCode.END).eraseText(30);
    robot.clickOn("#woSave");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#woStartError").queryLabeled().getText()).isEmpty();
    assertThat(robot.lookup("#woProblemError").queryLabeled().getText()).isNotBlank();
    assertThat(robot.lookup("#woEndError").queryLabeled().getText()).isNotBlank();
    console.screenshot("work-order-validation");
    assertThat(console.server().find(WorkOrder.class, id).orElseThrow().problem()).isEqualTo("Oven thermostat drifts");
    assertThat(console.window().syncStatus().pendingCountProperty().get()).isZero();
  }

  @Test
  void cancellingAJobFromItsDetailReachesTheServer(FxRobot robot) throws Exception {
    UUID id = newJob("Fryer oil pump leaks");
    console.awaitInQueue(id);
    console.openWorkOrder(id);
    assertThat(robot.lookup("#woHold").queryButton().isVisible())
        .as("a dispatcher cannot put a job on hold: that is the technician's move").isFalse();
    assertThat(robot.lookup("#woReadOnly").query().isVisible()).as("an open job is editable").isFalse();
    robot.clickOn("#woCancel");
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
        () -> console.server().find(WorkOrder.class, id).orElseThrow().status() == WorkOrderStatus.CANCELLED);
    // the cancelled job is a record now: shown read-only, with the reason said next to it
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#woReadOnly").query().isVisible());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#woReadOnly").queryLabeled().getText()).contains("can no longer be edited");
    assertThat(robot.lookup("#woPriority").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#woProblem").query().isDisabled()).isTrue();
    assertThat(robot.lookup("#woSave").queryButton().isDisabled()).isTrue();
    // its SLA clocks say they stopped, not "No SLA": the job had a policy until it was cancelled
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !console.window().workOrder().clocks().isEmpty());
    assertThat(console.window().workOrder().clocks()).extracting(c -> c.phase())
        .containsOnly(com.fieldops.client.countdown.MilestoneCountdown.Phase.STOPPED);
    console.screenshot("work-order-cancelled");
  }

  @Test
  void aNoteTakenOnThePhoneReachesTheOtherDevicesAndAnEmptyNoteIsRefusedNextToTheField(FxRobot robot)
      throws Exception {
    UUID id = newJob("Ice machine makes no ice");
    console.awaitInQueue(id);
    console.openWorkOrder(id);

    robot.clickOn("#woAddNote");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#woNoteTextError").query().isVisible());
    assertThat(robot.lookup("#woNoteTextError").queryLabeled().getText()).isEqualTo("The note is empty");
    assertThat(console.window().workOrder().notes()).isEmpty();

    robot.clickOn("#woNoteText").write("Customer called: the machine is in the back kitchen, ring at door 3");
    robot.clickOn("#woNoteForCustomer");
    robot.clickOn("#woAddNote");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !console.window().workOrder().notes().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#woNoteTextError").query().isVisible()).isFalse();
    assertThat(robot.lookup("#woNoteText").queryAs(javafx.scene.control.TextArea.class).getText()).isEmpty();
    assertThat(console.window().workOrder().notes()).singleElement().asString()
        .contains("ring at door 3").contains("the customer sees it");
    assertThat(console.window().workOrder().history()).as("the history line quotes the note's beginning")
        .anySatisfy(line -> assertThat(line).contains("Note: “Customer called: the machine is in the back kitchen,")
            .contains("…”")); // "(Not synced yet)" may follow, until the push is through
    console.screenshot("work-order-note");
    // the office's other device gets it through the server
    ConsoleServer.await("the note on the other device", java.time.Duration.ofSeconds(20), () -> {
      console.office().syncNow();
      return console.office().workOrders().workOrder(id).map(d -> d.notes().stream()
          .anyMatch(n -> n.text().endsWith("door 3") && n.visibleToCustomer())).orElse(false);
    });

    // long notes from the other device: they wrap, the list scrolls, no line is cut or drawn over another
    for (int i = 1; i <= 3; i++) {
      console.office().workOrders().addNote(id, "Visit " + i + ": descaled the evaporator, replaced the water filter and the inlet "
          + "valve, checked the drain pump and the float switch; ice production back to normal after two cycles.", false);
    }
    console.office().syncNow();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.window().workOrder().notes().size() == 4);
    WaitForAsyncUtils.waitForFxEvents();
    console.screenshot("work-order-long-notes");
    ListRowsOnScreen.assertNeitherClippedNorOverlapping(robot,
        robot.lookup("#woNotes").queryAs(javafx.scene.control.ListView.class));
  }

  @Test
  void anOpenJobShowsChangesFromOtherDevicesAndKeepsWhatTheDispatcherIsTyping(FxRobot robot) throws Exception {
    UUID id = newJob("Dishwasher stops mid-cycle");
    console.awaitInQueue(id);
    console.openWorkOrder(id);
    var vm = console.window().workOrder();
    robot.clickOn("#woResolution").write("Replaced the door switch");
    var resolutionField = robot.lookup("#woResolution").queryAs(javafx.scene.control.TextArea.class);
    robot.interact(() -> resolutionField.positionCaret(8)); // the dispatcher went back to fix a word

    // another dispatcher raises the priority and adds a note; nobody has touched the resolution
    console.office().workOrders().editWorkOrder(id, com.fieldops.workorder.replica.WorkOrderEdit.none()
        .withPriority(com.fieldops.workorder.model.Priority.P1));
    console.office().workOrders().addNote(id, "Customer says the kitchen closes at 18:00", false);
    console.office().syncNow();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.notes().size() == 1);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
        () -> vm.priorityProperty().get() == com.fieldops.workorder.model.Priority.P1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.resolutionProperty().get()).as("what the dispatcher typed").isEqualTo("Replaced the door switch");
    assertThat(resolutionField.getCaretPosition()).as("the caret stays where the dispatcher put it").isEqualTo(8);
    assertThat(vm.messageProperty().get()).as("no clash, no warning").isNullOrEmpty();

    // now the other device changes the very field being typed in: the entry stays, the dispatcher is told
    console.office().workOrders().editWorkOrder(id, com.fieldops.workorder.replica.WorkOrderEdit.none()
        .withResolution("Technician: cleaned the filter"));
    console.office().syncNow();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.messageProperty().get() != null
        && vm.messageProperty().get().contains("Resolution"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(vm.resolutionProperty().get()).isEqualTo("Replaced the door switch");
    console.screenshot("work-order-changed-meanwhile");

    robot.clickOn("#woSave");
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.server().find(WorkOrder.class, id)
        .map(w -> "Replaced the door switch".equals(w.resolution())
            && w.priority() == com.fieldops.workorder.model.Priority.P1).orElse(false));
  }

  @Test
  void theCustomerOnScreenShowsAJobOpenedForItElsewhere(FxRobot robot) throws Exception {
    Site site = console.server().siteWithoutContract();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.window() != null);
    WaitForAsyncUtils.asyncFx(() -> console.window().shell().screenProperty().set(Screen.CUSTOMERS)).get();
    var customers = console.window().customers();
    // as a dispatcher does: the customer is in the list, then opened
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> openCount(customers, site.customerId()) >= 0);
    WaitForAsyncUtils.asyncFx(() -> customers.open(site.customerId())).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> customers.selectedProperty().get() != null);
    long listedBefore = openCount(customers, site.customerId());

    var recorded = (com.fieldops.replica.store.CommandOutcome.Recorded) console.office().workOrders().createWorkOrder(new NewWorkOrder(
        site.customerId(), site.id(), null, null, WorkOrderType.INSPECTION, Priority.P3,
        "Annual inspection of the cold room", null, null, null, null));
    console.office().syncNow();

    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> customers.openJobs().stream()
        .anyMatch(r -> r.id().equals(recorded.entityId())));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> openCount(customers, site.customerId()) > listedBefore);
    console.screenshot("customer-live");
    ListRowsOnScreen.assertNeitherClippedNorOverlapping(robot,
        robot.lookup("#customerEquipment").queryAs(javafx.scene.control.ListView.class));

    // a customer with a contract: its SLA policy by name
    Site gold = console.server().goldSite();
    WaitForAsyncUtils.asyncFx(() -> customers.open(gold.customerId())).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !customers.contracts().isEmpty());
    assertThat(customers.contracts()).anySatisfy(line -> assertThat(line).contains("SLA policy Gold 24x7"));
    var machines = console.server().data.equipment().stream().filter(e -> e.customerId().equals(gold.customerId()))
        .filter(e -> e.warrantyEnd() != null).toList();
    assertThat(customers.equipment()).as("a warranty in the past reads as ended").allSatisfy(line -> machines.stream()
        .filter(e -> line.contains(e.serialNumber())).findFirst().ifPresent(e -> assertThat(line).contains(
            e.warrantyEnd().isBefore(java.time.LocalDate.now()) ? "warranty ended" : "warranty until")));
    console.screenshot("customer-with-contract");
    WaitForAsyncUtils.asyncFx(() -> console.window().shell().screenProperty().set(Screen.DISPATCH)).get();
  }

  private static long openCount(com.fieldops.desktop.customer.CustomersViewModel customers, UUID customerId) {
    return customers.results().stream().filter(c -> c.id().equals(customerId)).mapToLong(c -> c.openWorkOrders())
        .findFirst().orElse(-1);
  }

  @Test
  void aClosedJobIsFoundByItsNumberUnderTheOpenOnesAndOpensReadOnly(FxRobot robot) throws Exception {
    String region = console.server().dispatcherRegion();
    WorkOrder closed = console.server().data.workOrders().stream()
        .filter(w -> w.region().equals(region) && w.status() == WorkOrderStatus.CLOSED && w.number() != null)
        .findFirst().orElseThrow(() -> new AssertionError("the demo data has no closed job in " + region));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.window() != null
        && console.window().replica().workOrders().workOrder(closed.id()).isPresent());
    WaitForAsyncUtils.asyncFx(() -> console.window().shell().screenProperty().set(Screen.WORK_ORDERS)).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#woFinished").query().isVisible()).as("no search, no finished jobs").isFalse();

    robot.clickOn("#woSearch").write(closed.number().substring(closed.number().length() - 6));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#finished-" + closed.number()).tryQuery()
        .isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#finished-" + closed.number());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.window().workOrder().detailProperty().get() != null
        && console.window().workOrder().detailProperty().get().id().equals(closed.id()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#woReadOnly").query().isVisible()).isTrue();
    console.screenshot("work-orders-finished-search");
  }

  @Test
  void aNewWorkOrderFromCtrlNNeedsCustomerSiteAndProblemThenReachesTheServer(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.window() != null
        && console.window().board().queue().totalProperty().get() > 0);
    Site site = console.server().goldSite();
    String customer = console.server().data.customers().stream().filter(c -> c.id().equals(site.customerId()))
        .findFirst().orElseThrow().name();
    robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#newWorkOrderDialog").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nwoCustomer").query().isFocused()).as("the first field has the focus").isTrue();
    robot.clickOn("#nwoCreate");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nwoCustomerError").queryLabeled().getText()).isEqualTo("Customer is required");
    assertThat(robot.lookup("#nwoSiteError").queryLabeled().getText()).isEqualTo("Site is required");
    assertThat(robot.lookup("#nwoProblemError").queryLabeled().getText()).isEqualTo("Describe the problem");
    Screenshots.save(robot.lookup("#newWorkOrderDialog").query().getScene(), "new-work-order-errors");

    // as on the phone with the caller: type a part of the name, Enter takes the match
    robot.clickOn("#nwoCustomer").write(customer.substring(0, Math.min(8, customer.length()))).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    Object chosen = robot.lookup("#nwoCustomer").queryAs(javafx.scene.control.ComboBox.class).getValue();
    assertThat(chosen).as("found by typing").isInstanceOfSatisfying(com.fieldops.replica.view.CustomerRow.class,
        c -> assertThat(c.name()).isEqualTo(customer));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#nwoSite")
        .queryAs(javafx.scene.control.ComboBox.class).getItems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    if (robot.lookup("#nwoSite").queryAs(javafx.scene.control.ComboBox.class).getValue() == null) {
      robot.clickOn("#nwoSite");
      robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
          .match((javafx.scene.control.ListCell<?> c) -> c.getText() != null && c.getText().startsWith(site.name()))
          .<Node>query());
    }
    robot.clickOn("#nwoPriority");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
        .match((javafx.scene.control.ListCell<?> c) -> "P1 Critical".equals(c.getText())).<Node>query());
    robot.clickOn("#nwoProblem").write("Freezer alarm every night");
    robot.type(KeyCode.TAB);
    assertThat(robot.lookup("#nwoSkill").query().isFocused()).as("Tab leaves the problem field").isTrue();
    robot.write("HVAC");
    robot.clickOn("#nwoStart").write("soon");
    robot.clickOn("#nwoCreate");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nwoStartError").queryLabeled().getText())
        .isEqualTo("Enter a date and time like 2026-03-14 09:30.");
    assertThat(robot.lookup("#nwoCustomerError").queryLabeled().getText()).isEmpty();
    robot.clickOn("#nwoStart").type(KeyCode.END).eraseText(4);
    Screenshots.save(robot.lookup("#newWorkOrderDialog").query().getScene(), "new-work-order-form");
    robot.clickOn("#nwoCreate");

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#newWorkOrderDialog").tryQuery().isEmpty());
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.window().workOrder().detailProperty().get() != null
        && "Freezer alarm every night".equals(
            console.window().workOrder().detailProperty().get().workOrder().problem()));
    UUID id = console.window().workOrder().detailProperty().get().id();
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> console.server().find(WorkOrder.class, id).isPresent());
    WorkOrder onServer = console.server().find(WorkOrder.class, id).orElseThrow();
    assertThat(onServer.priority()).isEqualTo(Priority.P1);
    assertThat(onServer.siteId()).isEqualTo(site.id());
    assertThat(onServer.requiredSkill()).isEqualTo("HVAC");
    assertThat(onServer.status()).isEqualTo(WorkOrderStatus.NEW);
  }

  @Test
  void theKpisShowMeanTimeToResolveAndFirstTimeFixFromTheCompletedJobs(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.window() != null
        && console.window().board().queue().totalProperty().get() > 0);
    WaitForAsyncUtils.asyncFx(() -> console.window().shell().screenProperty().set(Screen.KPIS)).get();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#kpiWindow").tryQuery()
        .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Completed")).isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#kpiWindow").queryLabeled().getText()).matches("Completed in the last 30 days: \\d+ jobs");
    assertThat(robot.lookup(".fo-kpi-value").queryAllAs(Label.class).stream().map(Label::getText).toList())
        .anyMatch(t -> t.endsWith(" h")).anyMatch(t -> t.endsWith(" %"));
    console.screenshot("server-kpis");
  }

  @Test
  void aWorkOrderShowsItsPartsByNameAndItsAttachments(FxRobot robot) throws Exception {
    String region = console.server().dispatcherRegion();
    DemoDataSet data = console.server().data;
    Set<UUID> inRegion = data.workOrders().stream().filter(w -> w.region().equals(region))
        .map(WorkOrder::id).collect(Collectors.toSet());
    Set<UUID> withParts = data.partUsages().stream().map(p -> p.workOrderId()).filter(inRegion::contains)
        .collect(Collectors.toSet());
    UUID id = data.attachments().stream().map(a -> a.workOrderId()).filter(withParts::contains).findFirst()
        .orElseThrow(() -> new AssertionError("the demo data has no job with parts and photos in " + region));
    var usage = data.partUsages().stream().filter(p -> p.workOrderId().equals(id)).findFirst().orElseThrow();
    String partName = data.parts().stream().filter(p -> p.id().equals(usage.partId())).findFirst().orElseThrow()
        .name();
    var attachment = data.attachments().stream().filter(a -> a.workOrderId().equals(id)).findFirst().orElseThrow();
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> console.window() != null
        && console.window().replica().workOrders().workOrder(id).isPresent());
    console.openWorkOrder(id);

    assertThat(console.window().workOrder().parts()).anyMatch(line -> line.contains(partName));
    TableView<?> table = robot.lookup("#woAttachments").queryAs(TableView.class);
    assertThat(table.getItems()).isNotEmpty();
    assertThat(console.window().workOrder().attachments())
        .anyMatch(a -> a.name().equals(attachment.fileName()) && a.size().endsWith("B"));
    console.screenshot("work-order-detail");
  }
}
