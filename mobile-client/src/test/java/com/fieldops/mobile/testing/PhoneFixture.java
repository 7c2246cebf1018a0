package com.fieldops.mobile.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.customer.model.Site;
import com.fieldops.demo.DemoUsers;
import com.fieldops.fixtures.MutableClock;
import com.fieldops.identity.model.Technician;
import com.fieldops.mobile.PhoneOptions;
import com.fieldops.mobile.TechnicianApp;
import com.fieldops.mobile.shell.PhoneShell;
import com.fieldops.replica.FaultInjector;
import com.fieldops.replica.Replica;
import com.fieldops.replica.Replicas;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The technician's phone against the real sync server in-process, for a TestFX test class: the server
 * with the small demo world and the dispatcher's console replica ("office") for the class; for each
 * test a phone (the demo technician tech01) with fake device services, its own clock and a network
 * switch. The phone keeps its files in one storage folder per test, so a test can kill and restart it.
 */
public final class PhoneFixture implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
  private final Supplier<Path> dir;
  private PhoneServer server;
  private Replica office;
  private TechnicianApp app;
  private FakeDevice device;
  private MutableClock clock;
  private FaultInjector network;
  private final PhotoGate photoGate = new PhotoGate();
  private Stage stage;

  public PhoneFixture(Supplier<Path> dir) {
    this.dir = dir;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    server = new PhoneServer(dir.get().resolve("server"));
    office = server.device(DemoUsers.DISPATCHER, "office");
  }

  /** A fresh phone (new storage) in {@code locale}, signing in as the demo technician by itself. */
  public TechnicianApp start(Stage stage, Locale locale, boolean dark) throws Exception {
    Path storage = dir.get().resolve("phone-" + UUID.randomUUID());
    Files.createDirectories(storage);
    device = new FakeDevice(storage);
    clock = new MutableClock(server.clock().instant());
    network = new FaultInjector(1, 0);
    return launch(stage, locale, dark, true);
  }

  /**
   * Kills the app (no sign-out, the replica closed as a killed process leaves it) and starts it again
   * on the same storage, without a password: it must resume the remembered session.
   */
  public TechnicianApp restart(Stage stage) throws Exception {
    TechnicianApp old = app;
    WaitForAsyncUtils.asyncFx(old::stop).get(60, TimeUnit.SECONDS);
    return launch(stage, Locale.ENGLISH, false, false);
  }

  private TechnicianApp launch(Stage stage, Locale locale, boolean dark, boolean withPassword) throws Exception {
    this.stage = stage;
    PhoneOptions options = new PhoneOptions(false, server.url(), server.technicianUser(),
        withPassword ? PhoneServer.PASSWORD : null, locale, dark, clock);
    app = new TechnicianApp(options, config -> Replicas.open(config
        .withTiming(Duration.ofMillis(300), Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(20))
        .withInterceptors(List.of(network, photoGate))), device.services());
    WaitForAsyncUtils.asyncFx(() -> app.start(stage)).get(60, TimeUnit.SECONDS);
    return app;
  }

  /** Waits until the phone is on Today with its first sync done. */
  public PhoneShell awaitToday() throws Exception {
    WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> app.shell() != null);
    if (!offline) {
      WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS,
          () -> app.shell().session().replica().syncStatus().lastSuccessfulSync() != null);
    }
    WaitForAsyncUtils.waitForFxEvents();
    return app.shell();
  }

  private volatile boolean offline;

  public void offline(boolean off) {
    offline = off;
    network.offline(off);
  }

  /**
   * The office stocks the technician's regional depot with 10 of {@code partId}, waits until its
   * replica holds the technician's request, approves it from that depot and pushes: the parts are on
   * their way to the van.
   */
  public void officeApprovesFromTheRegionsDepot(UUID requestId, UUID partId) throws Exception {
    UUID depot = office.stock().locations().stream()
        .filter(l -> l instanceof com.fieldops.stock.model.StockLocation.Warehouse)
        .filter(l -> l.region().equals(server.technician().region())).findFirst().orElseThrow().id();
    assertThat(office.record(com.fieldops.common.Ids.newId(), new com.fieldops.stock.mutation.ReceiveStock(partId, depot,
        10, null))).isInstanceOf(CommandOutcome.Recorded.class);
    PhoneServer.await("the office sees the request", Duration.ofSeconds(20), () -> {
      office.syncNow();
      return office.stock().partRequest(requestId).isPresent();
    });
    assertThat(office.record(requestId, new com.fieldops.stock.mutation.ApprovePartRequest(depot, null, null)))
        .isInstanceOf(CommandOutcome.Recorded.class);
    PhoneServer.pushed(office);
  }

  /**
   * {@code hours} after now on the server's clock, kept inside the technician's today (their zone):
   * late in their day, when now + 8 h would be tomorrow, the hours count from 01:00 of today instead,
   * so a job "for today" is on Today whatever the hour the suite runs at.
   */
  public Instant laterToday(double hours) {
    java.time.ZoneId zone = server.technician().timeZone();
    Instant now = server.clock().instant();
    java.time.ZonedDateTime local = now.atZone(zone);
    boolean late = !local.plusHours(8).toLocalDate().equals(local.toLocalDate());
    Instant base = late ? local.toLocalDate().atStartOfDay(zone).plusHours(1).toInstant() : now;
    return base.plus(Duration.ofMinutes((long) (hours * 60)));
  }

  /**
   * A job the dispatcher gives tech01 for today, {@code hoursFromNow} ahead, at a site of their region
   * with a machine; recorded on the office device and pushed. Its id.
   */
  public UUID newJobToday(Priority priority, double hoursFromNow, String problem) throws Exception {
    Technician t = server.technician();
    Site site = server.data.sites().stream().filter(s -> s.region().equals(t.region()))
        .filter(s -> server.data.equipment().stream().anyMatch(e -> s.id().equals(e.siteId())))
        .findFirst().orElseThrow();
    UUID equipment = server.data.equipment().stream().filter(e -> site.id().equals(e.siteId())).findFirst().orElseThrow().id();
    UUID contact = server.data.contacts().stream().filter(c -> c.customerId().equals(site.customerId()))
        .findFirst().map(c -> c.id()).orElse(null);
    Instant start = laterToday(hoursFromNow);
    CommandOutcome created = office.workOrders().createWorkOrder(new NewWorkOrder(site.customerId(), site.id(), contact,
        equipment, WorkOrderType.REPAIR, priority, problem, null, start, start.plus(Duration.ofHours(2)), t.id()));
    assertThat(created).isInstanceOf(CommandOutcome.Recorded.class);
    PhoneServer.pushed(office);
    return ((CommandOutcome.Recorded) created).entityId();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (network != null) {
      network.offline(false);
    }
    photoGate.release();
    photoGate.refuse(null);
    TechnicianApp running = app;
    app = null;
    if (running != null) {
      WaitForAsyncUtils.asyncFx(running::stop).get(60, TimeUnit.SECONDS);
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

  public PhoneServer server() {
    return server;
  }

  public Replica office() {
    return office;
  }

  public TechnicianApp app() {
    return app;
  }

  public FakeDevice device() {
    return device;
  }

  /** Holds or refuses the phone's photo uploads. */
  public PhotoGate photoGate() {
    return photoGate;
  }

  public MutableClock clock() {
    return clock;
  }

  public Stage stage() {
    return stage;
  }

  public Path screenshot(String name) {
    return Screenshots.save(stage.getScene(), name);
  }
}
