package com.fieldops.stock.mutation;

import static com.fieldops.stock.mutation.StockWorld.applied;
import static com.fieldops.stock.mutation.StockWorld.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.model.PartRequestStatus;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.VirtualLocations;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A technician asks for parts, a dispatcher approves (sending them) or declines, the technician books them in. */
class PartRequestMutationsTest {
  final StockWorld w = new StockWorld();

  void assertRejected(Rejection r, String code, String field) {
    assertThat(r.code()).isEqualTo(code);
    assertThat(r.field()).isEqualTo(field);
    assertThat(Mutations.describe(r, Locale.ENGLISH)).isNotBlank().doesNotContain("stock.rejected");
    assertThat(Mutations.describe(r, Locale.SIMPLIFIED_CHINESE)).isNotBlank().doesNotContain("stock.rejected");
  }

  UUID request(int quantity, UUID job) {
    UUID id = Ids.newId();
    applied(w.apply(w.technician, "RequestParts", id, new RequestParts(w.filter, quantity, job, null, "for the leak")));
    return id;
  }

  PartRequest request(UUID id) {
    return (PartRequest) w.state.get(id);
  }

  void stockWarehouse(int quantity) {
    applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(w.filter, w.warehouse, quantity, null)));
  }

  @Test
  void requestApproveAndReceiveInTwoPartsEachStepInTheHistory() {
    stockWarehouse(10);
    UUID id = request(5, w.job);
    assertThat(request(id).status()).isEqualTo(PartRequestStatus.REQUESTED);
    assertThat(request(id).deliverToLocationId()).isEqualTo(w.van);
    assertThat(request(id).region()).isEqualTo("north");

    applied(w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, null, null), "console"));
    PartRequest approved = request(id);
    assertThat(approved.status()).isEqualTo(PartRequestStatus.APPROVED);
    assertThat(approved.sourceLocationId()).isEqualTo(w.warehouse);
    StockMovement sent = (StockMovement) w.state.get(approved.transferId());
    assertThat(sent.fromLocationId()).isEqualTo(w.warehouse);
    assertThat(sent.toLocationId()).isEqualTo(VirtualLocations.IN_TRANSIT);
    assertThat(sent.destinationId()).as("the sent half names where it goes").isEqualTo(w.van);
    assertThat(Ledger.onHand(w.movements(), w.filter, w.warehouse)).isEqualTo(5);

    applied(w.apply(w.technician, "ReceiveTransfer", approved.transferId(), new ReceiveTransfer(w.van, 3), "tablet"));
    assertThat(request(id).status()).isEqualTo(PartRequestStatus.PARTLY_RECEIVED);
    assertThat(Ledger.onHand(w.movements(), w.filter, VirtualLocations.IN_TRANSIT)).as("the rest stays in transit")
        .isEqualTo(2);
    applied(w.apply(w.technician, "ReceiveTransfer", approved.transferId(), new ReceiveTransfer(w.van, 2), "phone"));
    assertThat(request(id).status()).isEqualTo(PartRequestStatus.RECEIVED);
    assertThat(Ledger.onHand(w.movements(), w.filter, w.van)).isEqualTo(5);

    assertThat(w.all(PartRequestEvent.class).stream().filter(e -> e.partRequestId().equals(id))
        .sorted(Comparator.comparing(PartRequestEvent::kind)).map(e -> e.kind() + "/" + e.deviceId() + "/" + e.quantity()))
        .containsExactly("REQUESTED/phone/5", "APPROVED/console/5", "RECEIVED/tablet/3", "RECEIVED/phone/2");
    assertThat(w.all(PartRequestEvent.class)).allSatisfy(e -> assertThat(e.actorId()).isNotNull());
  }

  @Test
  void aRequestForTheVanNeedsNoJob() {
    UUID id = request(2, null);
    assertThat(request(id).workOrderId()).isNull();
    assertThat(request(id).ruleBreaches()).isEmpty();
  }

  @Test
  void approvingWhatIsNotOpenMoreThanRequestedOrFromWhereTheStockIsNotIsRefusedNamingTheField() {
    stockWarehouse(3);
    UUID id = request(5, w.job);
    assertRejected(rejection(w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, 6, null))),
        Codes.INVALID, "quantity");
    assertRejected(rejection(w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, 5, null))),
        Codes.INVALID, "sourceLocationId");
    assertThat(Mutations.describe(rejection(w.apply(w.dispatcher, "ApprovePartRequest", id,
        new ApprovePartRequest(w.warehouse, 5, null))), Locale.ENGLISH)).contains("Only 3 of part FLT-100");
    assertRejected(rejection(w.apply(w.southDispatcher, "ApprovePartRequest", id,
        new ApprovePartRequest(w.warehouse, 1, null))), Codes.NOT_FOUND, "entityId");
    assertRejected(rejection(w.apply(w.technician, "ApprovePartRequest", id,
        new ApprovePartRequest(w.warehouse, 1, null))), Codes.NOT_FOUND, "entityId");

    applied(w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, 3, null)));
    assertRejected(rejection(w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, 1, null))),
        Codes.INVALID, "entityId");
    assertRejected(rejection(w.apply(w.dispatcher, "DeclinePartRequest", id, new DeclinePartRequest("no"))),
        Codes.INVALID, "entityId");
  }

  @Test
  void reservedStockIsNotAvailableToApprove() {
    stockWarehouse(4);
    applied(w.apply(w.dispatcher, "ReserveParts", Ids.newId(), new ReserveParts(w.job, w.filter, w.warehouse, 3)));
    UUID id = request(2, null);
    assertRejected(rejection(w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, 2, null))),
        Codes.INVALID, "sourceLocationId");
    applied(w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, 1, null)));
  }

  @Test
  void aDeclineNeedsAReasonAndIsFinal() {
    UUID id = request(1, w.job);
    assertRejected(rejection(w.apply(w.dispatcher, "DeclinePartRequest", id, new DeclinePartRequest(" "))),
        Codes.INVALID, "reason");
    applied(w.apply(w.dispatcher, "DeclinePartRequest", id, new DeclinePartRequest("use the spare in the depot")));
    assertThat(request(id).status()).isEqualTo(PartRequestStatus.DECLINED);
    assertThat(request(id).declineReason()).isEqualTo("use the spare in the depot");
    assertThat(w.all(PartRequestEvent.class)).extracting(PartRequestEvent::kind)
        .contains(PartRequestEvent.Kind.DECLINED);
  }

  @Test
  void onlyATechnicianWithAVanRequestsAndOnlyForTheirOwnOpenJob() {
    assertRejected(rejection(w.apply(w.dispatcher, "RequestParts", Ids.newId(),
        new RequestParts(w.filter, 1, null, null, null))), Codes.FORBIDDEN, "entityId");
    com.fieldops.protocol.mutation.Actor other = new com.fieldops.protocol.mutation.Actor(Ids.newId(),
        com.fieldops.identity.model.Role.TECHNICIAN, w.otherTech, null);
    assertRejected(rejection(w.apply(other, "RequestParts", Ids.newId(), new RequestParts(w.filter, 1, w.job, null, null))),
        Codes.NOT_FOUND, "workOrderId");
    assertRejected(rejection(w.apply(w.technician, "RequestParts", Ids.newId(),
        new RequestParts(w.filter, 0, null, null, null))), Codes.INVALID, "quantity");
    assertRejected(rejection(w.apply(w.technician, "RequestParts", Ids.newId(),
        new RequestParts(Ids.newId(), 1, null, null, null))), Codes.NOT_FOUND, "partId");
  }

  @Test
  void aTransferAddressedToAVanIsBookedInThereOnly() {
    stockWarehouse(3);
    UUID id = request(2, null);
    applied(w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, 2, null)));
    assertRejected(rejection(w.apply(w.dispatcher, "ReceiveTransfer", request(id).transferId(),
        new ReceiveTransfer(w.otherVan, 2))), Codes.INVALID, "toLocationId");
  }
}
