package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.Address;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.replica.view.VanStockLine;
import com.fieldops.server.storage.Dialect;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.model.PartRequestStatus;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.mutation.ApprovePartRequest;
import com.fieldops.stock.mutation.ReceiveStock;
import com.fieldops.stock.mutation.ReceiveTransfer;
import com.fieldops.stock.mutation.RequestParts;
import com.fieldops.stock.mutation.TransferStock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request → approve → transfer → receive across three clients on the real server, once per engine: the
 * technician's phone asks, the dispatcher's console approves from the depot, the technician's tablet
 * books part of it in and the phone the rest; every device shows the request's state and history
 * and the van's stock from the ledger.
 */
abstract class PartRequestFlowContract {
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  RealServer server;
  final List<Replica> open = new ArrayList<>();
  final UUID van = Ids.newId();
  final UUID southVan = Ids.newId();
  final UUID depot = Ids.newId();

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = new RealServer(dialect());
    Technician tess = server.world.technician(server.world.tech1, "Tess One", "north");
    Technician tia = server.world.technician(server.world.tech3, "Tia Three", "south");
    server.importAll(List.of(
        new StockLocation.Warehouse(depot, "North depot", "north", new Address("1 Main St", "1000", "Springfield",
            null, "US")),
        new StockLocation.Van(van, "Van 1", "north", tess.id(), "NY-1"),
        new StockLocation.Van(southVan, "Van 3", "south", tia.id(), "SX-3"),
        new Technician(tess.id(), null, tess.name(), tess.email(), null, "north", List.of(), van,
            ZoneId.of("America/New_York"), List.of(), List.of(), true),
        new Technician(tia.id(), null, tia.name(), tia.email(), null, "south", List.of(), southVan,
            ZoneId.of("America/New_York"), List.of(), List.of(), true)));
  }

  @AfterEach
  void stop() {
    open.forEach(Replica::close);
    server.close();
  }

  Replica device(String user, String file) throws Exception {
    Replica r = server.replica(dir.resolve(file), null);
    open.add(r);
    SignInOutcome outcome = r.signIn(user, RealServer.PASSWORD.toCharArray()).get();
    assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
    Await.until("first sync of " + file, WAIT, () -> r.syncStatus().lastSuccessfulSync() != null);
    return r;
  }

  static UUID recorded(CommandOutcome o) {
    assertThat(o).as(o::toString).isInstanceOf(CommandOutcome.Recorded.class);
    return ((CommandOutcome.Recorded) o).entityId();
  }

  static void pushed(Replica r) throws InterruptedException {
    r.syncNow();
    Await.until("pushed", WAIT, () -> r.syncStatus().pendingCount() == 0, () -> r.syncStatus().toString());
    assertThat(r.syncStatus().rejected()).isEmpty();
  }

  static Optional<VanStockLine> line(List<VanStockLine> lines, UUID part) {
    return lines.stream().filter(l -> l.partId().equals(part)).findFirst();
  }

  static Optional<PartRequestStatus> status(Replica r, UUID request) {
    return r.stock().partRequest(request).map(PartRequest::status);
  }

  @Test
  void requestApproveAndReceiveAcrossPhoneConsoleAndTablet() throws Exception {
    UUID part = server.world.part;
    Replica console = device("disp-north", "nora-console.db");
    Await.until("the console holds the depot", WAIT, () -> {
      console.syncNow();
      return console.stock().location(depot).isPresent();
    });
    recorded(console.record(Ids.newId(), new ReceiveStock(part, depot, 10, null)));
    pushed(console);

    Replica phone = device("tech1", "tess-phone.db");
    Replica tablet = device("tech1", "tess-tablet.db");
    UUID request = recorded(phone.record(Ids.newId(), new RequestParts(part, 4, null, null, "running low")));
    assertThat(status(phone, request)).as("the phone shows its request at once").contains(PartRequestStatus.REQUESTED);
    pushed(phone);

    Await.until("the console sees the open request", WAIT, () -> {
      console.syncNow();
      return console.stock().partRequests(true).stream().anyMatch(r -> r.id().equals(request));
    });
    CommandOutcome tooMany = console.record(request, new ApprovePartRequest(depot, 5, null));
    assertThat(tooMany).isInstanceOfSatisfying(CommandOutcome.Refused.class, r -> {
      assertThat(r.field()).isEqualTo("quantity");
      assertThat(r.message()).contains("At most 4");
    });
    recorded(console.record(request, new ApprovePartRequest(depot, null, null)));
    pushed(console);
    assertThat(line(console.stock().stockAt(depot), part).orElseThrow().onHand()).isEqualTo(6);

    Await.until("the tablet sees the parts on their way to the van", WAIT, () -> {
      tablet.syncNow();
      return status(tablet, request).equals(Optional.of(PartRequestStatus.APPROVED))
          && line(tablet.stock().vanStock(server.world.tech1), part).map(VanStockLine::inbound).orElse(0) == 4;
    });
    UUID transfer = tablet.stock().partRequest(request).orElseThrow().transferId();
    recorded(tablet.record(transfer, new ReceiveTransfer(van, 3)));
    assertThat(status(tablet, request)).contains(PartRequestStatus.PARTLY_RECEIVED);
    pushed(tablet);

    Await.until("the phone sees the partial receipt", WAIT, () -> {
      phone.syncNow();
      return status(phone, request).equals(Optional.of(PartRequestStatus.PARTLY_RECEIVED));
    });
    recorded(phone.record(transfer, new ReceiveTransfer(van, 1)));
    pushed(phone);

    for (Replica r : List.of(phone, tablet, console)) {
      Await.until("every device sees the request received", WAIT, () -> {
        r.syncNow();
        return status(r, request).equals(Optional.of(PartRequestStatus.RECEIVED))
            && r.stock().partRequestHistory(request).size() == 4;
      }, () -> r.stock().partRequestHistory(request).toString());
      assertThat(r.stock().partRequestHistory(request)).extracting(PartRequestEvent::kind).containsExactly(
          PartRequestEvent.Kind.REQUESTED, PartRequestEvent.Kind.APPROVED, PartRequestEvent.Kind.RECEIVED,
          PartRequestEvent.Kind.RECEIVED);
      assertThat(r.stock().partRequestHistory(request)).allSatisfy(e -> {
        assertThat(e.actorId()).isNotNull();
        assertThat(e.deviceId()).isNotBlank();
      });
      assertThat(r.syncStatus().rejected()).isEmpty();
    }
    for (Replica r : List.of(phone, tablet)) {
      VanStockLine filters = line(r.stock().vanStock(server.world.tech1), part).orElseThrow();
      assertThat(filters.onHand()).isEqualTo(4);
      assertThat(filters.available()).isEqualTo(4);
      assertThat(filters.inbound()).isZero();
    }
    List<String> devices = phone.stock().partRequestHistory(request).stream().map(PartRequestEvent::deviceId).toList();
    assertThat(devices.get(2)).as("the tablet's receipt").isNotEqualTo(devices.get(3));
  }

  @Test
  void aTransferAddressedToAVanOfAnotherRegionReachesItsTechnicianWhoBooksItIn() throws Exception {
    // an administrator sees both regions: sends from the north depot to the south technician's van
    UUID part = server.world.part;
    server.signedInUserAdd("ada-admin", com.fieldops.identity.model.Role.ADMIN, null, null);
    Replica console = device("ada-admin", "ada-console.db");
    Await.until("the console holds the depot and the south van", WAIT, () -> {
      console.syncNow();
      return console.stock().location(depot).isPresent() && console.stock().location(southVan).isPresent();
    });
    recorded(console.record(Ids.newId(), new ReceiveStock(part, depot, 5, null)));
    UUID transfer = recorded(console.record(Ids.newId(), new TransferStock(part, depot, 2, null, southVan)));
    pushed(console);

    Replica tia = device("tech3", "tia-phone.db");
    Await.until("the south technician sees what is coming", WAIT, () -> {
      tia.syncNow();
      return line(tia.stock().vanStock(server.world.tech3), part).map(VanStockLine::inbound).orElse(0) == 2;
    });
    recorded(tia.record(transfer, new ReceiveTransfer(southVan, 2)));
    pushed(tia);
    assertThat(line(tia.stock().vanStock(server.world.tech3), part).orElseThrow().onHand()).isEqualTo(2);
  }

  @Test
  void theConsoleSeesWhatIsBelowThresholdWhatToSendAndWhereASerialWent() throws Exception {
    UUID part = server.world.part;
    UUID compressor = Ids.newId();
    server.importAll(List.of(new com.fieldops.stock.model.Part(compressor, "CMP-200", "Compressor", null, true,
        new com.fieldops.common.Money(new java.math.BigDecimal("90.00"), java.util.Currency.getInstance("USD")),
        new com.fieldops.common.Money(new java.math.BigDecimal("150.00"), java.util.Currency.getInstance("USD")),
        "pcs")));
    Replica console = device("disp-north", "nora-console.db");
    Await.until("the console holds the depot and the van", WAIT, () -> {
      console.syncNow();
      return console.stock().location(depot).isPresent() && console.stock().location(van).isPresent();
    });
    recorded(console.record(Ids.newId(), new ReceiveStock(part, depot, 8, null)));
    recorded(console.record(Ids.newId(), new ReceiveStock(part, van, 1, null)));
    recorded(console.record(Ids.newId(), new ReceiveStock(compressor, van, 1, "SN-9")));
    recorded(console.record(com.fieldops.stock.model.StockThreshold.idOf(van, part),
        new com.fieldops.stock.mutation.SetStockThreshold(van, part, 3, 6)));
    UUID job = recorded(console.workOrders().createWorkOrder(new com.fieldops.workorder.replica.NewWorkOrder(
        server.world.customer, server.world.northSite, null, server.world.equipment,
        com.fieldops.workorder.model.WorkOrderType.REPAIR, com.fieldops.workorder.model.Priority.P2, "Compressor", null,
        null, null, server.world.tech1)));
    recorded(console.record(Ids.newId(), new com.fieldops.stock.mutation.ReserveParts(job, part, depot, 3)));
    pushed(console);

    assertThat(console.stock().belowThreshold("north")).singleElement()
        .satisfies(t -> assertThat(t.locationId()).isEqualTo(van));
    assertThat(console.stock().suggestions("north")).singleElement().satisfies(x -> {
      assertThat(x.fromWarehouseId()).isEqualTo(depot);
      assertThat(x.quantity()).as("up to the target of 6, the van has 1").isEqualTo(5);
      assertThat(x.fromAvailable()).as("8 on hand, 3 reserved").isEqualTo(5);
    });
    assertThat(line(console.stock().stockAt(depot), part).orElseThrow()).satisfies(l -> {
      assertThat(l.onHand()).isEqualTo(8);
      assertThat(l.reserved()).isEqualTo(3);
      assertThat(l.available()).isEqualTo(5);
    });

    Replica phone = device("tech1", "tess-phone.db");
    Await.until("the phone holds the job and the compressor", WAIT, () -> {
      phone.syncNow();
      return phone.workOrders().workOrder(job).isPresent()
          && line(phone.stock().vanStock(server.world.tech1), compressor).map(VanStockLine::onHand).orElse(0) == 1;
    });
    recorded(phone.record(job, new com.fieldops.stock.mutation.ConsumePart(Ids.newId(), compressor, van, 1, "SN-9")));
    CommandOutcome twice = phone.record(job, new com.fieldops.stock.mutation.ConsumePart(Ids.newId(), compressor, van,
        1, "SN-9"));
    assertThat(twice).as("the serial already left the van").isInstanceOfSatisfying(CommandOutcome.Refused.class,
        r -> assertThat(r.field()).isEqualTo("serialNumber"));
    pushed(phone);

    Await.until("the console traces the serial into the machine", WAIT, () -> {
      console.syncNow();
      return console.stock().serialsInstalledIn(server.world.equipment).size() == 1;
    });
    assertThat(console.stock().serialHistory("SN-9")).extracting(st -> st.movement().kind().name())
        .containsExactly("RECEIPT", "CONSUMPTION");
    assertThat(console.stock().serialHistory("SN-9").get(1).equipmentId()).isEqualTo(server.world.equipment);
    assertThat(console.stock().serialsInstalledIn(server.world.equipment).get(0).workOrderId()).isEqualTo(job);
  }
}
