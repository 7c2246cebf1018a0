package com.fieldops.desktop.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.desktop.ConsoleWindow;
import com.fieldops.desktop.DispatchConsoleApp;
import com.fieldops.client.dispatch.TechnicianLane;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.FaultInjector;
import com.fieldops.workorder.replica.NewWorkOrder;
import com.fieldops.replica.Replica;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo dispatcher's console against the real sync server in-process, for a TestFX test class:
 * the {@link ConsoleServer} with the demo data and the dispatcher's other device ("office") for the
 * class, and for each test a console on a {@link MutableClock} in {@code zone}, in {@code locale}.
 * Register it as a static {@code @RegisterExtension} field and call {@link #start(Stage)} from the
 * test's {@code @Start} method. After each test the server runs again (a test may stop it), the
 * console's network is back on and the console stops; after the class the device and server close.
 */
public final class ConsoleFixture implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private final Supplier<Path> dir;
  private final Locale locale;
  private final ZoneId zone;
  private final boolean networkSwitch;
  private final String username;

  private ConsoleServer server;
  private Replica office;
  private MutableClock clock;
  private FaultInjector network;
  private DispatchConsoleApp app;
  private Stage stage;

  private ConsoleFixture(Supplier<Path> dir, Locale locale, ZoneId zone, boolean networkSwitch) {
    this(dir, locale, zone, networkSwitch, ConsoleServer.DISPATCHER);
  }

  private ConsoleFixture(Supplier<Path> dir, Locale locale, ZoneId zone, boolean networkSwitch, String username) {
    this.username = username;
    this.dir = dir;
    this.locale = locale;
    this.zone = zone;
    this.networkSwitch = networkSwitch;
  }

  /**
   * The console in {@code locale} and {@code zone}; the server and the replicas keep their files in
   * {@code dir} (the test class's static {@code @TempDir}, set by the time the class starts).
   */
  public static ConsoleFixture dispatcher(Supplier<Path> dir, Locale locale, ZoneId zone) {
    return new ConsoleFixture(dir, locale, zone, false);
  }

  /** The same console signed in as another demo user (e.g. the administrator). */
  public ConsoleFixture as(String demoUser) {
    return new ConsoleFixture(dir, locale, zone, networkSwitch, demoUser);
  }

  /** The same console with a switch between it and the server ({@link #network()}) to take it offline. */
  public ConsoleFixture withNetworkSwitch() {
    return new ConsoleFixture(dir, locale, zone, true, username);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = ConsoleServer.withDemoData(dir.get().resolve("server"));
    office = server.dispatcherDevice("office");
  }

  /** Opens the console (signing in by itself) on the test's stage, at a fresh clock set to now. */
  public DispatchConsoleApp start(Stage stage) {
    this.stage = stage;
    clock = new MutableClock(Instant.now(), zone);
    network = networkSwitch ? new FaultInjector(1, 0) : null;
    app = server.console(username, dir.get(), locale, clock, network == null ? List.of() : List.of(network));
    app.start(stage);
    return app;
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (!server.isRunning()) {
      server.start();
    }
    if (network != null) {
      network.offline(false);
    }
    DispatchConsoleApp running = app;
    app = null;
    if (running != null) {
      WaitForAsyncUtils.asyncFx(() -> running.stop()).get(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (office != null) {
      office.close();
    }
    if (server != null) {
      server.close();
    }
  }

  public ConsoleServer server() {
    return server;
  }

  /** The demo dispatcher's other device, signed in: what it records reaches the server by push. */
  public Replica office() {
    return office;
  }

  public DispatchConsoleApp app() {
    return app;
  }

  /** The console's window (null until the console has signed in). */
  public ConsoleWindow window() {
    return app.window();
  }

  public Stage stage() {
    return stage;
  }

  public MutableClock clock() {
    return clock;
  }

  /** The switch between console and server (only {@link #withNetworkSwitch()}). */
  public FaultInjector network() {
    if (network == null) {
      throw new IllegalStateException("this console has no network switch");
    }
    return network;
  }

  /** Saves the console window as {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    return Screenshots.save(stage.getScene(), name);
  }

  /** A new job recorded by the office device and pushed to the server; its id. */
  public UUID newJob(NewWorkOrder draft) throws Exception {
    CommandOutcome created = office.workOrders().createWorkOrder(draft);
    assertThat(created).isInstanceOf(CommandOutcome.Recorded.class);
    ConsoleServer.pushed(office);
    return ((CommandOutcome.Recorded) created).entityId();
  }

  /** The dispatcher cancels the job from the office device ({@code reason} as the note); the server has it then. */
  public void cancelFromOffice(UUID id, String reason) throws Exception {
    office.syncNow();
    ConsoleServer.await("the other device has the job", Duration.ofSeconds(10), () -> office.workOrders().workOrder(id).isPresent());
    assertThat(office.workOrders().changeStatus(id, WorkOrderStatus.CANCELLED, null, null, reason))
        .isInstanceOf(CommandOutcome.Recorded.class);
    ConsoleServer.pushed(office);
    assertThat(server.find(WorkOrder.class, id).orElseThrow().status()).isEqualTo(WorkOrderStatus.CANCELLED);
  }

  /** Opens the job's detail in the console and waits until it shows that job. */
  public void openWorkOrder(UUID id) throws Exception {
    openWorkOrder(window(), id);
  }

  /** Opens the job's detail in {@code window} and waits until it shows that job. */
  public static void openWorkOrder(ConsoleWindow window, UUID id) throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window.openWorkOrder(id)).get();
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.workOrder().detailProperty().get() != null
        && window.workOrder().detailProperty().get().id().equals(id));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until the job is in the console's queue (confirmed by the server) and the board has its lanes. */
  public void awaitInQueue(UUID id) throws Exception {
    // read on the UI thread: the queue's list changes there (read from here it threw ConcurrentModificationException)
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window() != null && WaitForAsyncUtils.asyncFx(() -> {
      var item = window().board().queue().find(id);
      return item != null && !window().board().lanes().isEmpty() && !item.row().provisional();
    }).get(10, TimeUnit.SECONDS));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Selects the job in the queue list and gives the list the focus. */
  public void selectInQueue(FxRobot robot, UUID id) throws Exception {
    ListView<?> list = robot.lookup("#queueList").queryAs(ListView.class);
    WaitForAsyncUtils.asyncFx(() -> {
      var item = window().board().queue().find(id);
      @SuppressWarnings("unchecked")
      ListView<Object> l = (ListView<Object>) list;
      l.getSelectionModel().select(item);
      l.scrollTo(item);
      l.requestFocus();
    }).get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Select the job, press A, pick the technician, 10:00, confirm (and accept warnings). */
  public void assignWithKeyboard(FxRobot robot, UUID id, String technician) throws Exception {
    selectInQueue(robot, id);
    robot.type(KeyCode.A);
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignDialog").tryQuery().isPresent());
    robot.clickOn("#assignTechnician");
    robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
        .match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(technician))
        .<Node>query());
    ComboBox<?> combo = robot.lookup("#assignTechnician").queryAs(ComboBox.class);
    assertThat(((TechnicianLane) combo.getValue()).name()).isEqualTo(technician);
    robot.clickOn("#assignStart").type(KeyCode.END).eraseText(8).write("10:00");
    robot.clickOn("#assignConfirm");
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignDialog").tryQuery().isEmpty()
        || robot.lookup("#warnProceed").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    if (robot.lookup("#warnProceed").tryQuery().isPresent()) {
      robot.clickOn("#warnProceed");
    }
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#assignWarnings").tryQuery().isEmpty());
  }

  /** Lets the console's once-a-second tick run now (badges and countdowns read the clock). */
  public void tick() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window().tick()).get();
    WaitForAsyncUtils.waitForFxEvents();
  }
}
