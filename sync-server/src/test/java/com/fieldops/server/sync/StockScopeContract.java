package com.fieldops.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.DerivedIds;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.testing.ApiClient;
import com.fieldops.server.testing.TestServer;
import com.fieldops.server.testing.World;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.mutation.ConsumePart;
import com.fieldops.stock.mutation.ReceiveStock;
import com.fieldops.stock.mutation.ReceiveTransfer;
import com.fieldops.stock.mutation.TransferStock;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who receives the stock ledger's movements, once per engine: a van's movements reach its technician,
 * every movement with an end in a region reaches that region's office, nobody else gets any.
 */
abstract class StockScopeContract {
  TestServer server;
  World w;
  final UUID warehouse = Ids.newId();
  final UUID van1 = Ids.newId();
  final UUID van3 = Ids.newId();

  abstract Dialect dialect();

  @BeforeEach
  void start() {
    server = TestServer.start(dialect());
    w = server.world;
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(
        new StockLocation.Warehouse(warehouse, "North depot", "north", World.address("Springfield")),
        new StockLocation.Van(van1, "Van 1", "north", w.tech1, "NY-1"),
        new StockLocation.Van(van3, "Van 3", "south", w.tech3, "NJ-3")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static void applied(MutationResult r) {
    assertThat(r.status()).as(r.reason()).isEqualTo(MutationStatus.APPLIED);
  }

  @Test
  void aVansMovementsReachItsTechnicianAndEveryMovementOfTheRegionReachesItsOffice() {
    ApiClient north = server.as("disp-north");
    ApiClient tech1 = server.as("tech1");
    UUID receipt = Ids.newId();
    applied(north.push("ReceiveStock", receipt, new ReceiveStock(w.part, warehouse, 10, null)));
    UUID transfer = Ids.newId();
    applied(north.push("TransferStock", transfer, new TransferStock(w.part, warehouse, 4, null)));
    applied(tech1.push("ReceiveTransfer", transfer, new ReceiveTransfer(van1, 3)));
    UUID job = Ids.newId();
    applied(north.push("CreateWorkOrder", job, new CreateWorkOrder(w.customer, w.northSite, null, null,
        WorkOrderType.REPAIR, Priority.P2, null, "Filter", null, null, w.tech1)));
    MutationResult used = tech1.push("ConsumePart", job, new ConsumePart(Ids.newId(), w.part, van1, 1, null));
    applied(used);
    UUID intoVan = DerivedIds.of(transfer, 1);
    UUID outOfVan = DerivedIds.of(used.mutationId(), 0);

    assertThat(tech1.pullAll(0).ids("StockMovement")).containsExactlyInAnyOrder(intoVan, outOfVan);
    assertThat(north.pullAll(0).ids("StockMovement")).containsExactlyInAnyOrder(receipt, transfer, intoVan, outOfVan);
    assertThat(server.as("disp-south").pullAll(0).ids("StockMovement")).isEmpty();
    assertThat(server.as("tech3").pullAll(0).ids("StockMovement")).isEmpty();
    assertThat(server.as("tech2").pullAll(0).ids("StockMovement")).isEmpty();
  }

  @Test
  void aTechnicianCannotBookStockIntoAnotherVanAndNothingIsStored() {
    ApiClient tech1 = server.as("tech1");
    MutationResult r = tech1.push("ReceiveStock", Ids.newId(), new ReceiveStock(w.part, van3, 1, null));
    assertThat(r.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(r.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(r.field()).isEqualTo("toLocationId");
    MutationResult zero = tech1.push("ReceiveStock", Ids.newId(), new ReceiveStock(w.part, van1, 0, null));
    assertThat(zero.code()).isEqualTo(Codes.INVALID);
    assertThat(zero.field()).isEqualTo("quantity");
    assertThat(server.as("disp-south").pullAll(0).ids("StockMovement")).isEmpty();
    assertThat(tech1.pullAll(0).ids("StockMovement")).isEmpty();
  }

  @Test
  void whichSerialWentIntoWhichMachineOnWhichJobIsTracedBothWaysForTheOfficeOfTheRegionOnly() {
    UUID compressor = Ids.newId();
    new EntityImporter(server.db, Clock.systemUTC(), last -> { }).importAll(List.of(new com.fieldops.stock.model.Part(
        compressor, "CMP-200", "Compressor", null, true, new com.fieldops.common.Money(new java.math.BigDecimal("90.00"),
        java.util.Currency.getInstance("USD")), new com.fieldops.common.Money(new java.math.BigDecimal("150.00"),
        java.util.Currency.getInstance("USD")), "pcs")));
    ApiClient north = server.as("disp-north");
    ApiClient tech1 = server.as("tech1");
    applied(north.push("ReceiveStock", Ids.newId(), new ReceiveStock(compressor, van1, 1, "SN-77")));
    UUID job = Ids.newId();
    applied(north.push("CreateWorkOrder", job, new CreateWorkOrder(w.customer, w.northSite, null, w.equipment,
        WorkOrderType.REPAIR, Priority.P2, null, "Compressor", null, null, w.tech1)));
    MutationResult elsewhere = tech1.push("ConsumePart", job, new ConsumePart(Ids.newId(), compressor, van1, 1, "SN-78"));
    applied(tech1.push("ConsumePart", job, new ConsumePart(Ids.newId(), compressor, van1, 1, "SN-77")));
    MutationResult again = tech1.push("ConsumePart", job, new ConsumePart(Ids.newId(), compressor, van1, 1, "SN-77"));
    assertThat(again.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(again.field()).isEqualTo("serialNumber");
    assertThat(again.reason()).contains("SN-77").contains("not at this location");
    assertThat(elsewhere.status()).as("a serial the ledger never saw is taken at its word").isEqualTo(
        MutationStatus.APPLIED);

    ApiClient.Reply history = north.get("/api/v1/stock/serials/SN-77");
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    assertThat(history.json().get("movements")).hasSize(2);
    assertThat(history.json().get("movements").get(1).get("kind").asText()).isEqualTo("CONSUMPTION");
    assertThat(history.json().get("movements").get(1).get("workOrderId").asText()).isEqualTo(job.toString());
    assertThat(history.json().get("movements").get(1).get("equipmentId").asText()).isEqualTo(w.equipment.toString());
    assertThat(history.json().get("movements").get(0).get("sku").asText()).isEqualTo("CMP-200");

    ApiClient.Reply installed = north.get("/api/v1/stock/equipment/" + w.equipment + "/serials");
    assertThat(installed.status()).as(installed.body()).isEqualTo(200);
    assertThat(installed.json().get("serials")).extracting(n -> n.get("serialNumber").asText())
        .containsExactlyInAnyOrder("SN-77", "SN-78");

    ApiClient south = server.as("disp-south");
    assertThat(south.get("/api/v1/stock/serials/SN-77").status()).as("another region's serial").isEqualTo(404);
    assertThat(south.get("/api/v1/stock/equipment/" + w.equipment + "/serials").status()).isEqualTo(404);
    assertThat(tech1.get("/api/v1/stock/serials/SN-77").status()).isEqualTo(403);
    assertThat(north.get("/api/v1/stock/equipment/not-a-uuid/serials").status()).isEqualTo(400);
  }
}
