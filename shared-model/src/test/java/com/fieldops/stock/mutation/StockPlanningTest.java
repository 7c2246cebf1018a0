package com.fieldops.stock.mutation;

import static com.fieldops.stock.mutation.StockWorld.applied;
import static com.fieldops.stock.mutation.StockWorld.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.Address;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.stock.model.Availability;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.ReplenishmentPlanner;
import com.fieldops.stock.model.Reservation;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.mutation.ChangeWorkOrderStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Reservations (available = on hand − reserved, released by use, completion or hand) and thresholds. */
class StockPlanningTest {
  final StockWorld w = new StockWorld();

  Map<Ledger.Slot, Integer> reserved() {
    Predicate<UUID> finished = id -> w.lookup.find(WorkOrder.class, id).map(wo -> !wo.status().isOpen()).orElse(false);
    return Availability.reserved(w.all(Reservation.class), finished, w.movements());
  }

  int available(UUID part, UUID location) {
    return Availability.available(Ledger.onHand(w.movements()), reserved()).getOrDefault(new Ledger.Slot(part, location), 0);
  }

  @Test
  void aReservationHoldsUntilThePartIsUsedOrReleased() {
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter, w.van, 5, null)));
    UUID reservation = Ids.newId();
    applied(w.apply(w.dispatcher, "ReserveParts", reservation, new ReserveParts(w.job, w.filter, w.van, 3)));
    assertThat(available(w.filter, w.van)).isEqualTo(2);

    applied(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(Ids.newId(), w.filter, w.van, 1, null)));
    assertThat(Ledger.onHand(w.movements(), w.filter, w.van)).isEqualTo(4);
    assertThat(available(w.filter, w.van)).as("the part used frees its reservation").isEqualTo(2);

    applied(w.apply(w.technician, "ReleaseReservation", reservation, new ReleaseReservation("visit moved")));
    assertThat(available(w.filter, w.van)).isEqualTo(4);
  }

  @Test
  void aCancelledJobHoldsNothing() {
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter, w.warehouse, 5, null)));
    applied(w.apply(w.dispatcher, "ReserveParts", Ids.newId(), new ReserveParts(w.job, w.filter, w.warehouse, 4)));
    assertThat(available(w.filter, w.warehouse)).isEqualTo(1);
    applied(w.apply(w.dispatcher, "ChangeWorkOrderStatus", w.job,
        new ChangeWorkOrderStatus(WorkOrderStatus.CANCELLED, null, null, "customer cancelled")));
    assertThat(available(w.filter, w.warehouse)).isEqualTo(5);
  }

  @Test
  void reservingIsForAnOpenJobOfTheCallerAtTheirLocation() {
    assertThat(rejection(w.apply(w.technician, "ReserveParts", Ids.newId(),
        new ReserveParts(w.job, w.filter, w.warehouse, 1))).field()).isEqualTo("locationId");
    assertThat(rejection(w.apply(w.southDispatcher, "ReserveParts", Ids.newId(),
        new ReserveParts(w.job, w.filter, w.warehouse, 1))).field()).isEqualTo("workOrderId");
    assertThat(rejection(w.apply(w.dispatcher, "ReserveParts", Ids.newId(),
        new ReserveParts(w.job, w.filter, w.warehouse, 0))).field()).isEqualTo("quantity");
  }

  @Test
  void aThresholdIsOnePerPartAndLocationAndTheTargetIsAtLeastTheMinimum() {
    UUID id = StockThreshold.idOf(w.van, w.filter);
    applied(w.apply(w.dispatcher, "SetStockThreshold", id, new SetStockThreshold(w.van, w.filter, 2, 6)));
    applied(w.apply(w.dispatcher, "SetStockThreshold", id, new SetStockThreshold(w.van, w.filter, 3, 8)));
    assertThat(w.all(StockThreshold.class)).singleElement().satisfies(t -> assertThat(t.minimum()).isEqualTo(3));
    assertThat(rejection(w.apply(w.dispatcher, "SetStockThreshold", id,
        new SetStockThreshold(w.van, w.filter, 5, 4))).field()).isEqualTo("target");
    assertThat(rejection(w.apply(w.dispatcher, "SetStockThreshold", Ids.newId(),
        new SetStockThreshold(w.van, w.filter, 1, 2))).code()).isEqualTo(Codes.MISMATCH);
    assertThat(rejection(w.apply(w.technician, "SetStockThreshold", id,
        new SetStockThreshold(w.van, w.filter, 1, 2))).code()).isEqualTo(Codes.FORBIDDEN);
  }

  @Test
  void theSuggestionTakesFromTheRegionsWarehouseWithTheMostAvailable() {
    UUID second = Ids.newId();
    w.put(new StockLocation.Warehouse(second, "North annex", "north", new Address("2 Main St", "1000", "Springfield",
        null, "US")));
    UUID south = Ids.newId();
    w.put(new StockLocation.Warehouse(south, "South depot", "south", new Address("3 Main St", "1000", "Springfield",
        null, "US")));
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter, w.warehouse, 3, null)));
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter, second, 9, null)));
    applied(w.apply(w.dispatcher, "ReserveParts", Ids.newId(), new ReserveParts(w.job, w.filter, second, 5)));
    w.put(new Reservation(Ids.newId(), w.job, w.filter, south, 1, null, StockWorld.NOW, null, null));
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter, w.van, 1, null)));
    applied(w.apply(w.dispatcher, "SetStockThreshold", StockThreshold.idOf(w.van, w.filter),
        new SetStockThreshold(w.van, w.filter, 2, 6)));
    Map<UUID, StockLocation> locations = new LinkedHashMap<>();
    w.all(StockLocation.class).forEach(l -> locations.put(l.id(), l));
    Map<Ledger.Slot, Integer> available = Availability.available(Ledger.onHand(w.movements()), reserved());

    List<ReplenishmentPlanner.Suggestion> s = ReplenishmentPlanner.suggest(w.all(StockThreshold.class), available,
        Ledger.inTransitTo(w.movements()), locations);

    // annex: 9 on hand − 5 reserved = 4 available, the depot 3: the annex sends min(6 − 1, 4) = 4
    assertThat(s).singleElement().satisfies(x -> {
      assertThat(x.fromWarehouseId()).isEqualTo(second);
      assertThat(x.quantity()).isEqualTo(4);
      assertThat(x.available()).isEqualTo(1);
    });

    // once 4 are on their way, the van is no longer below its minimum
    applied(w.apply(w.dispatcher, "TransferStock", Ids.newId(), new TransferStock(w.filter, second, 4, null, w.van)));
    assertThat(ReplenishmentPlanner.belowThreshold(w.all(StockThreshold.class),
        Availability.available(Ledger.onHand(w.movements()), reserved()), Ledger.inTransitTo(w.movements()))).isEmpty();
  }
}
