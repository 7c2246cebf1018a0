package com.fieldops.stock.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.workorder.model.PartUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the interleaving of receipts, transfers (sent and received), parts used from two devices
 * and count corrections, on-hand per part and location is the sum of the movements applied: nothing is
 * lost or counted twice, and the order the movements are summed in does not matter.
 */
class LedgerProperties {

  /** One action; {@code where} picks warehouse (0) or van (1), {@code transfer} an earlier transfer. */
  record Op(int kind, int where, int quantity, int transfer, boolean secondPart) {}

  @Provide
  Arbitrary<List<Op>> interleavings() {
    Arbitrary<Op> op = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1),
        Arbitraries.integers().between(1, 7), Arbitraries.integers().between(0, 5), Arbitraries.of(true, false))
        .as(Op::new);
    return op.list().ofMaxSize(40);
  }

  @Property(tries = 50)
  void onHandIsTheSumOfWhatWasAppliedAndNothingIsLostOrDoubled(@ForAll("interleavings") List<Op> ops,
      @ForAll long shuffleSeed) {
    StockWorld w = new StockWorld();
    Map<Ledger.Slot, Integer> expected = new HashMap<>();
    List<UUID> transfers = new ArrayList<>();
    Map<UUID, Integer> openInTransit = new HashMap<>();
    Map<UUID, UUID> transferPart = new HashMap<>();
    int appliedMovements = 0;
    int consumptions = 0;
    for (Op op : ops) {
      UUID part = op.secondPart() ? w.compressor : w.filter;
      int q = op.secondPart() ? 1 : op.quantity(); // the serialized part moves one unit at a time
      String serial = op.secondPart() ? "S-" + Ids.newId() : null;
      UUID at = op.where() == 0 ? w.warehouse : w.van;
      Outcome o;
      switch (op.kind()) {
        case 0 -> {
          o = w.apply(w.dispatcher, "ReceiveStock", Ids.newId(), new ReceiveStock(part, at, q, serial));
          move(expected, part, VirtualLocations.SUPPLIER, at, q);
        }
        case 1 -> {
          UUID id = Ids.newId();
          o = w.apply(w.dispatcher, "TransferStock", id, new TransferStock(part, at, q, serial));
          move(expected, part, at, VirtualLocations.IN_TRANSIT, q);
          transfers.add(id);
          openInTransit.put(id, q);
          transferPart.put(id, part);
        }
        case 2 -> {
          if (transfers.isEmpty()) {
            continue;
          }
          UUID transfer = transfers.get(op.transfer() % transfers.size());
          int want = op.quantity() % 4 + 1;
          o = w.apply(w.dispatcher, "ReceiveTransfer", transfer, new ReceiveTransfer(at, want));
          boolean fits = want <= openInTransit.get(transfer);
          assertThat(o instanceof Outcome.Applied).as("receipt of %d with %d open", want, openInTransit.get(transfer))
              .isEqualTo(fits);
          if (!fits) {
            continue;
          }
          openInTransit.merge(transfer, -want, Integer::sum);
          move(expected, transferPart.get(transfer), VirtualLocations.IN_TRANSIT, at, want);
        }
        case 3 -> {
          // the technician's phone or tablet: each part used is its own movement out of the van
          o = w.apply(w.technician, "ConsumePart", w.job, new ConsumePart(Ids.newId(), part, w.van, q, serial));
          move(expected, part, w.van, VirtualLocations.CUSTOMER_SITE, q);
          consumptions++;
        }
        default -> {
          int difference = op.where() == 0 ? q : -q;
          o = w.apply(w.technician, "AdjustStockCount", Ids.newId(),
              new AdjustStockCount(part, w.van, difference, "stock-take", serial));
          move(expected, part, difference > 0 ? VirtualLocations.INVENTORY_LOSS : w.van,
              difference > 0 ? w.van : VirtualLocations.INVENTORY_LOSS, q);
        }
      }
      assertThat(o).as(o::toString).isInstanceOf(Outcome.Applied.class);
      appliedMovements++;
    }

    List<StockMovement> movements = new ArrayList<>(w.movements());
    assertThat(movements).as("one movement per action applied").hasSize(appliedMovements);
    assertThat(w.usages()).hasSize(consumptions);
    for (PartUsage u : w.usages()) {
      assertThat(movements).filteredOn(m -> u.workOrderId().equals(m.workOrderId()) && u.partId().equals(m.partId())
          && u.usedAt().equals(m.occurredAt())).isNotEmpty();
    }
    assertThat(movements).allSatisfy(m -> assertThat(m.ruleBreaches()).isEmpty());
    assertThat(nonZero(Ledger.onHand(movements))).isEqualTo(nonZero(expected));
    Collections.shuffle(movements, new Random(shuffleSeed));
    assertThat(nonZero(Ledger.onHand(movements))).as("any order").isEqualTo(nonZero(expected));
    for (UUID part : List.of(w.filter, w.compressor)) {
      assertThat(Ledger.onHand(movements).entrySet().stream().filter(e -> e.getKey().partId().equals(part))
          .mapToInt(Map.Entry::getValue).sum()).as("what leaves one place arrives at another").isZero();
      assertThat(Ledger.onHand(movements, part, w.van)).isEqualTo(expected.getOrDefault(new Ledger.Slot(part, w.van), 0));
    }
  }

  /** One step of the request flow; {@code pick} chooses among earlier requests. */
  record Step(int kind, int quantity, int pick) {}

  @Provide
  Arbitrary<List<Step>> requestFlows() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 6),
        Arbitraries.integers().between(0, 7)).as(Step::new).list().ofMaxSize(30);
  }

  /**
   * Requests, approvals (from the warehouse, never more than requested nor than available there),
   * declines, partial receipts, reservations and parts used, in any order: what is in transit is exactly
   * what approvals sent minus what was received, no request is received beyond what was sent, and
   * available (on hand − reserved) never exceeds on hand.
   */
  @Property(tries = 40)
  void nothingInTransitIsLostOrDoubledAcrossRequestsApprovalsAndPartialReceipts(
      @ForAll("requestFlows") List<Step> steps) {
    StockWorld w = new StockWorld();
    List<UUID> requests = new ArrayList<>();
    Map<UUID, Integer> asked = new HashMap<>();
    Map<UUID, Integer> sent = new HashMap<>();
    Map<UUID, Integer> received = new HashMap<>();
    int warehouse = 0;
    int reservedAtWarehouse = 0;
    for (Step s : steps) {
      switch (s.kind()) {
        case 0 -> {
          StockWorld.applied(w.apply(w.dispatcher, "ReceiveStock", Ids.newId(),
              new ReceiveStock(w.filter, w.warehouse, s.quantity(), null)));
          warehouse += s.quantity();
        }
        case 1 -> {
          UUID id = Ids.newId();
          StockWorld.applied(w.apply(w.technician, "RequestParts", id, new RequestParts(w.filter, s.quantity(), null,
              null, null)));
          requests.add(id);
          asked.put(id, s.quantity());
        }
        case 2 -> {
          if (requests.isEmpty()) {
            continue;
          }
          UUID id = requests.get(s.pick() % requests.size());
          int q = Math.min(s.quantity(), 6);
          boolean fits = !sent.containsKey(id) && asked.get(id) > 0 && q <= asked.get(id)
              && q <= warehouse - reservedAtWarehouse;
          Outcome o = w.apply(w.dispatcher, "ApprovePartRequest", id, new ApprovePartRequest(w.warehouse, q, null));
          assertThat(o instanceof Outcome.Applied).as("approval of %d: %s", q, o).isEqualTo(fits);
          if (fits) {
            sent.put(id, q);
            received.put(id, 0);
            warehouse -= q;
          }
        }
        case 3 -> {
          if (requests.isEmpty()) {
            continue;
          }
          UUID id = requests.get(s.pick() % requests.size());
          Outcome o = w.apply(w.dispatcher, "DeclinePartRequest", id, new DeclinePartRequest("not now"));
          boolean open = !sent.containsKey(id) && asked.get(id) > 0;
          assertThat(o instanceof Outcome.Applied).isEqualTo(open);
          if (open) {
            asked.put(id, 0); // decided: no longer open
          }
        }
        case 4 -> {
          List<UUID> approved = requests.stream().filter(sent::containsKey).toList();
          if (approved.isEmpty()) {
            continue;
          }
          UUID id = approved.get(s.pick() % approved.size());
          com.fieldops.stock.model.PartRequest r = (com.fieldops.stock.model.PartRequest) w.state.get(id);
          int want = s.quantity() % 3 + 1;
          boolean fits = received.get(id) + want <= sent.get(id);
          Outcome o = w.apply(w.technician, "ReceiveTransfer", r.transferId(), new ReceiveTransfer(w.van, want));
          assertThat(o instanceof Outcome.Applied).isEqualTo(fits);
          if (fits) {
            received.merge(id, want, Integer::sum);
          }
        }
        default -> {
          StockWorld.applied(w.apply(w.dispatcher, "ReserveParts", Ids.newId(),
              new ReserveParts(w.job, w.filter, w.warehouse, s.quantity())));
          reservedAtWarehouse += s.quantity();
        }
      }
    }
    List<StockMovement> movements = w.movements();
    int openInTransit = sent.keySet().stream().mapToInt(id -> sent.get(id) - received.get(id)).sum();
    assertThat(Ledger.onHand(movements, w.filter, VirtualLocations.IN_TRANSIT)).as("in transit").isEqualTo(openInTransit);
    assertThat(Ledger.inTransitTo(movements).getOrDefault(new Ledger.Slot(w.filter, w.van), 0))
        .as("on its way to the van").isEqualTo(openInTransit);
    assertThat(Ledger.onHand(movements, w.filter, w.warehouse)).isEqualTo(warehouse);
    assertThat(Ledger.onHand(movements, w.filter, w.van)).isEqualTo(received.values().stream().mapToInt(i -> i).sum());
    for (UUID id : sent.keySet()) {
      com.fieldops.stock.model.PartRequest r = (com.fieldops.stock.model.PartRequest) w.state.get(id);
      com.fieldops.stock.model.PartRequestStatus expected = received.get(id) == 0
          ? com.fieldops.stock.model.PartRequestStatus.APPROVED
          : received.get(id).equals(sent.get(id)) ? com.fieldops.stock.model.PartRequestStatus.RECEIVED
          : com.fieldops.stock.model.PartRequestStatus.PARTLY_RECEIVED;
      assertThat(r.status()).isEqualTo(expected);
    }
    Map<Ledger.Slot, Integer> onHand = Ledger.onHand(movements);
    Map<Ledger.Slot, Integer> reserved = com.fieldops.stock.model.Availability.reserved(
        w.all(com.fieldops.stock.model.Reservation.class), job -> false, movements);
    com.fieldops.stock.model.Availability.available(onHand, reserved).forEach((slot, available) ->
        assertThat(available).as("available at %s", slot).isLessThanOrEqualTo(onHand.getOrDefault(slot, 0)));
    assertThat(onHand.values().stream().mapToInt(i -> i).sum()).as("what leaves one place arrives at another").isZero();
  }

  private static void move(Map<Ledger.Slot, Integer> onHand, UUID part, UUID from, UUID to, int q) {
    onHand.merge(new Ledger.Slot(part, from), -q, Integer::sum);
    onHand.merge(new Ledger.Slot(part, to), q, Integer::sum);
  }

  private static Map<Ledger.Slot, Integer> nonZero(Map<Ledger.Slot, Integer> m) {
    Map<Ledger.Slot, Integer> out = new HashMap<>(m);
    out.values().removeIf(v -> v == 0);
    return out;
  }
}
