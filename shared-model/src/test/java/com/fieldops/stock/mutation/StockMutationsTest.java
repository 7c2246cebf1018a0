package com.fieldops.stock.mutation;

import static com.fieldops.stock.mutation.StockWorld.applied;
import static com.fieldops.stock.mutation.StockWorld.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.DerivedIds;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.workorder.model.PartUsage;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stock ledger's mutations: what each appends, and each refusal naming the field to fix. */
class StockMutationsTest {
  final StockWorld w = new StockWorld();

  void assertRejected(Rejection r, String code, String field) {
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.field()).isEqualTo(field);
    assertThat(Mutations.describe(r, Locale.ENGLISH)).isNotBlank().doesNotContain("stock.rejected");
    assertThat(Mutations.describe(r, Locale.SIMPLIFIED_CHINESE)).isNotBlank().doesNotContain("stock.rejected");
  }

  UUID receive(UUID part, UUID location, int quantity, String serial) {
    UUID id = Ids.newId();
    applied(w.apply(w.dispatcher, "ReceiveStock", id, new ReceiveStock(part, location, quantity, serial)));
    return id;
  }

  @Test
  void aReceiptComesFromTheSupplierIntoTheWarehouse() {
    UUID id = receive(w.filter, w.warehouse, 10, null);

    StockMovement m = (StockMovement) w.state.get(id);
    assertThat(m.kind()).isEqualTo(StockMovementKind.RECEIPT);
    assertThat(m.fromLocationId()).isEqualTo(VirtualLocations.SUPPLIER);
    assertThat(m.toLocationId()).isEqualTo(w.warehouse);
    assertThat(m.ruleBreaches()).isEmpty();
    assertThat(Ledger.onHand(w.movements(), w.filter, w.warehouse)).isEqualTo(10);
  }

  @Test
  void aTransferIsInTransitUntilReceivedPartlyThenFullyAndNeverMoreThanSent() {
    receive(w.filter, w.warehouse, 10, null);
    UUID transfer = Ids.newId();
    applied(w.apply(w.dispatcher, "TransferStock", transfer, new TransferStock(w.filter, w.warehouse, 6, null)));
    assertThat(Ledger.onHand(w.movements(), w.filter, w.warehouse)).isEqualTo(4);
    assertThat(Ledger.onHand(w.movements(), w.filter, VirtualLocations.IN_TRANSIT)).isEqualTo(6);

    applied(w.apply(w.technician, "ReceiveTransfer", transfer, new ReceiveTransfer(w.van, 4)));
    assertRejected(rejection(w.apply(w.technician, "ReceiveTransfer", transfer, new ReceiveTransfer(w.van, 3))),
        Codes.INVALID, "quantity");
    applied(w.apply(w.technician, "ReceiveTransfer", transfer, new ReceiveTransfer(w.van, 2)));
    assertRejected(rejection(w.apply(w.technician, "ReceiveTransfer", transfer, new ReceiveTransfer(w.van, 1))),
        Codes.INVALID, "quantity");

    assertThat(Ledger.onHand(w.movements(), w.filter, w.van)).isEqualTo(6);
    assertThat(Ledger.onHand(w.movements(), w.filter, VirtualLocations.IN_TRANSIT)).isZero();
    assertThat(w.state.get(DerivedIds.of(transfer, 2))).isInstanceOfSatisfying(StockMovement.class,
        m -> assertThat(m.transferId()).isEqualTo(transfer));
    assertThat(w.movements()).allSatisfy(m -> assertThat(m.ruleBreaches()).isEmpty());
  }

  @Test
  void aCountCorrectionGoesToOrComesFromInventoryLossWithItsReason() {
    receive(w.filter, w.van, 5, null);
    UUID lost = Ids.newId();
    applied(w.apply(w.technician, "AdjustStockCount", lost, new AdjustStockCount(w.filter, w.van, -2, "crushed", null)));
    UUID found = Ids.newId();
    applied(w.apply(w.technician, "AdjustStockCount", found, new AdjustStockCount(w.filter, w.van, 1, "under seat", null)));

    StockMovement out = (StockMovement) w.state.get(lost);
    assertThat(out.toLocationId()).isEqualTo(VirtualLocations.INVENTORY_LOSS);
    assertThat(out.reason()).isEqualTo("crushed");
    assertThat(((StockMovement) w.state.get(found)).fromLocationId()).isEqualTo(VirtualLocations.INVENTORY_LOSS);
    assertThat(Ledger.onHand(w.movements(), w.filter, w.van)).isEqualTo(4);
    assertThat(w.movements()).allSatisfy(m -> assertThat(m.ruleBreaches()).isEmpty());
  }

  @Test
  void usingAPartWritesThePartUsedAndItsMovementToTheCustomerTogetherEvenBelowZero() {
    UUID usage = Ids.newId();
    var a = applied(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(usage, w.filter, w.van, 2, null)));

    assertThat(a.writes()).hasSize(2);
    PartUsage used = (PartUsage) w.state.get(usage);
    assertThat(used.workOrderId()).isEqualTo(w.job);
    StockMovement m = w.movements().get(0);
    assertThat(m.kind()).isEqualTo(StockMovementKind.CONSUMPTION);
    assertThat(m.fromLocationId()).isEqualTo(w.van);
    assertThat(m.toLocationId()).isEqualTo(VirtualLocations.CUSTOMER_SITE);
    assertThat(m.workOrderId()).isEqualTo(w.job);
    assertThat(m.ruleBreaches()).isEmpty();
    assertThat(Ledger.onHand(w.movements(), w.filter, w.van)).as("never refused: the van needs a count").isEqualTo(-2);
  }

  @Test
  void aSerializedPartIsUsedOneUnitAtATimeWithItsSerial() {
    applied(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(Ids.newId(), w.compressor, w.van, 1, "C-1")));
    assertRejected(rejection(w.apply(w.technician, "ConsumePart", w.job,
        new ConsumePart(Ids.newId(), w.compressor, w.van, 1, null))), Codes.INVALID, "serialNumber");
    assertRejected(rejection(w.apply(w.technician, "ConsumePart", w.job,
        new ConsumePart(Ids.newId(), w.compressor, w.van, 2, "C-2"))), Codes.INVALID, "quantity");
    assertRejected(rejection(w.apply(w.technician, "ConsumePart", w.job,
        new ConsumePart(Ids.newId(), w.filter, w.van, 1, "F-1"))), Codes.INVALID, "serialNumber");
    assertRejected(rejection(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(),
        new ReceiveStock(w.compressor, w.warehouse, 3, "C-9"))), Codes.INVALID, "quantity");
    assertRejected(rejection(w.apply(w.dispatcher, "TransferStock", Ids.newId(),
        new TransferStock(w.filter, w.warehouse, 1, "F-2"))), Codes.INVALID, "serialNumber");
    assertRejected(rejection(w.apply(w.dispatcher, "AdjustStockCount", Ids.newId(),
        new AdjustStockCount(w.compressor, w.warehouse, -2, "lost", "C-3"))), Codes.INVALID, "difference");
    assertThat(w.movements()).hasSize(1);
    assertThat(w.usages()).hasSize(1);
  }

  @Test
  void zeroOrNegativeQuantitiesAreRefusedNamingTheField() {
    for (int q : new int[] {0, -1}) {
      assertRejected(rejection(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter, w.warehouse,
          q, null))), Codes.INVALID, "quantity");
      assertRejected(rejection(w.apply(w.dispatcher, "TransferStock", Ids.newId(), new TransferStock(w.filter,
          w.warehouse, q, null))), Codes.INVALID, "quantity");
      assertRejected(rejection(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(Ids.newId(), w.filter, w.van,
          q, null))), Codes.INVALID, "quantity");
    }
    UUID transfer = Ids.newId();
    applied(w.apply(w.dispatcher, "TransferStock", transfer, new TransferStock(w.filter, w.warehouse, 2, null)));
    assertRejected(rejection(w.apply(w.dispatcher, "ReceiveTransfer", transfer, new ReceiveTransfer(w.warehouse, 0))),
        Codes.INVALID, "quantity");
    assertRejected(rejection(w.apply(w.dispatcher, "AdjustStockCount", Ids.newId(), new AdjustStockCount(w.filter,
        w.warehouse, 0, "recount", null))), Codes.INVALID, "difference");
    assertRejected(rejection(w.apply(w.dispatcher, "AdjustStockCount", Ids.newId(), new AdjustStockCount(w.filter,
        w.warehouse, -1, " ", null))), Codes.INVALID, "reason");
    assertThat(w.movements()).hasSize(1);
  }

  @Test
  void anUnknownPartOrLocationIsRefusedNamingTheField() {
    UUID nowhere = Ids.newId();
    UUID nothing = Ids.newId();
    assertRejected(rejection(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(nothing, w.warehouse,
        1, null))), Codes.NOT_FOUND, "partId");
    assertRejected(rejection(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter, nowhere,
        1, null))), Codes.NOT_FOUND, "toLocationId");
    assertRejected(rejection(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter,
        VirtualLocations.CUSTOMER_SITE, 1, null))), Codes.NOT_FOUND, "toLocationId");
    assertRejected(rejection(w.apply(w.dispatcher, "TransferStock", Ids.newId(), new TransferStock(w.filter, nowhere,
        1, null))), Codes.NOT_FOUND, "fromLocationId");
    assertRejected(rejection(w.apply(w.dispatcher, "AdjustStockCount", Ids.newId(), new AdjustStockCount(w.filter,
        nowhere, 1, "found", null))), Codes.NOT_FOUND, "locationId");
    assertRejected(rejection(w.apply(w.dispatcher, "AdjustStockCount", Ids.newId(), new AdjustStockCount(nothing,
        w.van, 1, "found", null))), Codes.NOT_FOUND, "partId");
    assertRejected(rejection(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(Ids.newId(), nothing, w.van,
        1, null))), Codes.NOT_FOUND, "partId");
    assertRejected(rejection(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(Ids.newId(), w.filter, nowhere,
        1, null))), Codes.NOT_FOUND, "stockLocationId");
    assertRejected(rejection(w.apply(w.dispatcher, "ReceiveTransfer", nowhere, new ReceiveTransfer(w.warehouse, 1))),
        Codes.NOT_FOUND, "entityId");
    assertThat(w.movements()).isEmpty();
  }

  @Test
  void aTechnicianMovesOnlyTheirOwnVanAndAnOfficeOnlyItsRegion() {
    assertRejected(rejection(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(Ids.newId(), w.filter,
        w.otherVan, 1, null))), Codes.NOT_FOUND, "stockLocationId");
    assertRejected(rejection(w.apply(w.technician, "TransferStock", Ids.newId(), new TransferStock(w.filter,
        w.warehouse, 1, null))), Codes.NOT_FOUND, "fromLocationId");
    assertRejected(rejection(w.apply(w.southDispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter,
        w.warehouse, 1, null))), Codes.NOT_FOUND, "toLocationId");
    assertThat(w.movements()).isEmpty();
  }

  @Test
  void aMovementIdIsUsedOnceAndAPartUsedOnce() {
    UUID id = receive(w.filter, w.warehouse, 1, null);
    assertRejected(rejection(w.apply(w.dispatcher, "ReceiveStock", id, new ReceiveStock(w.filter, w.warehouse, 1,
        null))), Codes.ALREADY_EXISTS, "entityId");
    UUID usage = Ids.newId();
    applied(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(usage, w.filter, w.van, 1, null)));
    assertRejected(rejection(w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(usage, w.filter, w.van, 1,
        null))), Codes.ALREADY_EXISTS, "partUsageId");
    assertThat(w.movements()).hasSize(2);
  }

  @Test
  void movementsWrittenBeforeTheVirtualLocationsStillPassTheKindRules() {
    StockMovement old = new StockMovement(Ids.newId(), w.filter, StockMovementKind.RECEIPT, null, w.warehouse, 3, null,
        null, null, StockWorld.NOW);
    assertThat(old.ruleBreaches()).isEmpty();
    assertThat(Ledger.onHand(java.util.List.of(old), w.filter, w.warehouse)).isEqualTo(3);
  }
}
