package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.identity.model.Technician;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.sync.SignInOutcome;
import com.fieldops.server.storage.Dialect;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.mutation.ReceiveStock;
import com.fieldops.stock.replica.StockOnHand;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.replica.NewWorkOrder;
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
 * Parts used from one van on two devices while the server is unreachable: both count once synced, the
 * van goes below zero and says it needs a count; real server, real replica files, once per engine.
 */
abstract class VanStockOfflineContract {
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  Path dir;

  RealServer server;
  final List<Replica> open = new ArrayList<>();
  final UUID van = Ids.newId();

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = new RealServer(dialect());
    Technician tess = server.world.technician(server.world.tech1, "Tess One", "north");
    server.importAll(List.of(new StockLocation.Van(van, "Van 1", "north", tess.id(), "NY-1"),
        new Technician(tess.id(), null, tess.name(), tess.email(), null, "north", List.of(), van,
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

  static Optional<StockOnHand> filters(Replica r, UUID location, UUID part) {
    return r.stock().onHand(location).stream().filter(l -> l.partId().equals(part)).findFirst();
  }

  static void recorded(CommandOutcome o) {
    assertThat(o).as(o::toString).isInstanceOf(CommandOutcome.Recorded.class);
  }

  @Test
  void partsUsedOfflineOnTwoDevicesBothCountAndTheVanSaysItNeedsACount() throws Exception {
    UUID part = server.world.part;
    Replica nora = device("disp-north", "nora.db");
    Await.until("the dispatcher holds the van", WAIT,
        () -> {
          nora.syncNow();
          return nora.stock().location(van).isPresent();
        });
    recorded(nora.record(Ids.newId(), new ReceiveStock(part, van, 5, null)));
    CommandOutcome created = nora.workOrders().createWorkOrder(new NewWorkOrder(server.world.customer,
        server.world.northSite, null, null, WorkOrderType.REPAIR, Priority.P2, "Filter change", null, null, null,
        server.world.tech1));
    UUID job = ((CommandOutcome.Recorded) created).entityId();
    nora.syncNow();
    Await.until("the receipt and the job reached the server", WAIT, () -> nora.syncStatus().pendingCount() == 0,
        () -> nora.syncStatus().toString());
    assertThat(nora.syncStatus().rejected()).isEmpty();

    Replica phone = device("tech1", "tess-phone.db");
    Replica tablet = device("tech1", "tess-tablet.db");
    for (Replica r : List.of(phone, tablet)) {
      Await.until("the device holds the job and 5 filters", WAIT, () -> {
        r.syncNow();
        return r.workOrders().workOrder(job).isPresent()
            && filters(r, van, part).map(StockOnHand::onHand).orElse(0) == 5;
      });
    }

    server.stop();
    recorded(phone.record(job, new ConsumePart(Ids.newId(), part, van, 3, null)));
    recorded(tablet.record(job, new ConsumePart(Ids.newId(), part, van, 4, null)));
    assertThat(filters(phone, van, part).orElseThrow().onHand()).as("the phone's own view").isEqualTo(2);
    assertThat(filters(tablet, van, part).orElseThrow().onHand()).as("the tablet's own view").isEqualTo(1);
    assertThat(filters(phone, van, part).orElseThrow().pending()).isTrue();

    server.start();
    for (int round = 0; round < 2; round++) {
      for (Replica r : List.of(phone, tablet)) {
        r.syncNow();
        Await.until("pushed", WAIT, () -> r.syncStatus().pendingCount() == 0, () -> r.syncStatus().toString());
      }
    }
    for (Replica r : List.of(phone, tablet, nora)) {
      Await.until("both parts used count on every device", WAIT, () -> {
        r.syncNow();
        return filters(r, van, part).filter(l -> l.onHand() == -2 && !l.pending()).isPresent()
            && r.workOrders().workOrder(job).map(d -> d.partsUsed().size() == 2).orElse(false);
      }, () -> r.stock().onHand(van).toString());
      assertThat(r.syncStatus().rejected()).isEmpty();
      StockOnHand line = filters(r, van, part).orElseThrow();
      assertThat(line.needsCount()).as("below zero: someone should count the van").isTrue();
      assertThat(line.sku()).isEqualTo("FLT-100");
    }
    long movements = server.db.read(c -> com.fieldops.server.storage.Jdbc.queryLong(c,
        "SELECT COUNT(*) FROM entity WHERE entity_type = 'StockMovement'"));
    assertThat(movements).as("one receipt and one movement per part used, none doubled").isEqualTo(3);
  }
}
