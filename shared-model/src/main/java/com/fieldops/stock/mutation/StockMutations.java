package com.fieldops.stock.mutation;

import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.DerivedIds;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.SerialUnit;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.mutation.WorkOrderAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The stock ledger's mutations (docs/decisions/0015): each appends movements, none edits one, and
 * none checks that enough is on hand — a van may go below zero when parts were used offline; that
 * shows as "needs a count", it is never a reason to lose the record of a part used.
 */
public final class StockMutations {
  /** Receipts of a transfer are numbered from 1 after the transfer's id (0 would be the id's first derived id). */
  private static final int MAX_RECEIPTS = 1000;

  private StockMutations() {}

  public static Outcome receiveStock(ReceiveStock p, MutationContext ctx) {
    Optional<Rejection> refused = checkMovement(ctx, p.partId(), p.quantity(), p.serialNumber(), "toLocationId",
        p.toLocationId());
    if (refused.isPresent()) {
      return new Outcome.Rejected(refused.get());
    }
    Part part = ctx.lookup().find(Part.class, p.partId()).orElseThrow();
    Optional<Rejection> duplicate = SerialTrace.mayArrive(ctx.lookup(), part, serialOrNull(p.serialNumber()));
    if (duplicate.isPresent()) {
      return new Outcome.Rejected(duplicate.get());
    }
    return withUnit(new StockMovement(ctx.entityId(), p.partId(), StockMovementKind.RECEIPT,
        VirtualLocations.SUPPLIER, p.toLocationId(), p.quantity(), serialOrNull(p.serialNumber()), null,
        ctx.actor().userId(), ctx.occurredAt()), null);
  }

  public static Outcome transferStock(TransferStock p, MutationContext ctx) {
    Optional<Rejection> refused = checkMovement(ctx, p.partId(), p.quantity(), p.serialNumber(), "fromLocationId",
        p.fromLocationId());
    if (refused.isPresent()) {
      return new Outcome.Rejected(refused.get());
    }
    Part part = ctx.lookup().find(Part.class, p.partId()).orElseThrow();
    Optional<Rejection> elsewhere = SerialTrace.mayLeave(ctx.lookup(), part, serialOrNull(p.serialNumber()),
        p.fromLocationId());
    if (elsewhere.isPresent()) {
      return new Outcome.Rejected(elsewhere.get());
    }
    UUID destination = p.toLocationId();
    if (destination != null) {
      Optional<StockLocation> to = ctx.lookup().find(StockLocation.class, destination);
      if (to.isEmpty() || destination.equals(p.fromLocationId())) {
        return new Outcome.Rejected(StockRules.unknownLocation("toLocationId", destination));
      }
    }
    return withUnit(new StockMovement(ctx.entityId(), p.partId(), StockMovementKind.TRANSFER,
        p.fromLocationId(), VirtualLocations.IN_TRANSIT, p.quantity(), serialOrNull(p.serialNumber()), null,
        ctx.actor().userId(), ctx.occurredAt(), null, ctx.entityId(), destination, null), null);
  }

  /**
   * What a receipt and a transfer check alike, in this order: a new movement id, a positive quantity,
   * a known part, the caller's own location on the named end, and the part's serial rules.
   */
  static Optional<Rejection> checkMovement(MutationContext ctx, UUID partId, int quantity, String serialNumber,
      String locationField, UUID locationId) {
    Optional<Rejection> refused = exists(ctx, "entityId");
    if (refused.isEmpty()) {
      refused = StockRules.quantity(quantity, "quantity");
    }
    if (refused.isPresent()) {
      return refused;
    }
    Optional<Part> part = StockRules.part(ctx.lookup(), partId);
    if (part.isEmpty()) {
      return Optional.of(StockRules.unknownPart(partId));
    }
    if (StockRules.location(ctx.lookup(), ctx.actor(), locationId).isEmpty()) {
      return Optional.of(StockRules.unknownLocation(locationField, locationId));
    }
    return StockRules.serial(part.get(), quantity, serialNumber, "quantity");
  }

  /**
   * Books (part of) a transfer in. The receipts of transfer T get the ids derived from T (1, 2, ...),
   * so what was already received is found by id, the same way on the server and in a replica.
   */
  public static Outcome receiveTransfer(ReceiveTransfer p, MutationContext ctx) {
    Optional<StockMovement> sent = ctx.entityId() == null ? Optional.empty()
        : ctx.lookup().find(StockMovement.class, ctx.entityId())
            .filter(m -> m.kind() == StockMovementKind.TRANSFER && VirtualLocations.IN_TRANSIT.equals(m.toLocationId()));
    if (sent.isEmpty()) {
      return Outcome.reject(Codes.NOT_FOUND, "protocol.rejected.notFound", "entityId", "Transfer",
          String.valueOf(ctx.entityId()));
    }
    Optional<Rejection> quantity = StockRules.quantity(p.quantity(), "quantity");
    if (quantity.isPresent()) {
      return new Outcome.Rejected(quantity.get());
    }
    Optional<StockLocation> to = StockRules.location(ctx.lookup(), ctx.actor(), p.toLocationId());
    if (to.isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownLocation("toLocationId", p.toLocationId()));
    }
    UUID destination = sent.get().destinationId();
    if (destination != null && !destination.equals(p.toLocationId())) {
      // a transfer that names where it goes is booked in there, not wherever the receiver stands
      return Outcome.reject(Codes.INVALID, "stock.rejected.otherDestination", "toLocationId");
    }
    int received = 0;
    int n = 1;
    for (; n <= MAX_RECEIPTS; n++) {
      Optional<StockMovement> earlier = ctx.lookup().find(StockMovement.class, DerivedIds.of(sent.get().id(), n));
      if (earlier.isEmpty()) {
        break;
      }
      received += earlier.get().quantity();
    }
    int open = sent.get().quantity() - received;
    if (p.quantity() > open || n > MAX_RECEIPTS) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.moreThanSent", "quantity",
          String.valueOf(sent.get().quantity()), String.valueOf(received), String.valueOf(Math.max(open, 0)));
    }
    StockMovement m = sent.get();
    StockMovement in = new StockMovement(DerivedIds.of(m.id(), n), m.partId(), StockMovementKind.TRANSFER,
        VirtualLocations.IN_TRANSIT, p.toLocationId(), p.quantity(), m.serialNumber(), null, ctx.actor().userId(),
        ctx.occurredAt(), null, m.id(), null, m.partRequestId());
    List<Object> writes = new ArrayList<>(List.of(in));
    SerialUnit unit = SerialTrace.after(in, null);
    if (unit != null) {
      writes.add(unit);
    }
    writes.addAll(PartRequestMutations.received(ctx, m, in, received + p.quantity()));
    return new Outcome.Applied(writes, List.of());
  }

  public static Outcome adjustStockCount(AdjustStockCount p, MutationContext ctx) {
    Optional<Rejection> common = exists(ctx, "entityId");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    if (p.difference() == 0) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.differenceZero", "difference");
    }
    Optional<Rejection> quantity = StockRules.quantity(Math.abs(p.difference()), "difference");
    if (quantity.isPresent()) {
      return new Outcome.Rejected(quantity.get());
    }
    if (p.reason() == null || p.reason().isBlank()) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.reasonRequired", "reason");
    }
    Optional<Part> part = StockRules.part(ctx.lookup(), p.partId());
    if (part.isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownPart(p.partId()));
    }
    Optional<StockLocation> at = StockRules.location(ctx.lookup(), ctx.actor(), p.locationId());
    if (at.isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownLocation("locationId", p.locationId()));
    }
    int units = Math.abs(p.difference());
    Optional<Rejection> serial = StockRules.serial(part.get(), units, p.serialNumber(), "difference");
    if (serial.isPresent()) {
      return new Outcome.Rejected(serial.get());
    }
    boolean found = p.difference() > 0;
    String serialNumber = serialOrNull(p.serialNumber());
    Optional<Rejection> unitRule = found ? SerialTrace.mayArrive(ctx.lookup(), part.get(), serialNumber)
        : SerialTrace.mayLeave(ctx.lookup(), part.get(), serialNumber, p.locationId());
    if (unitRule.isPresent()) {
      return new Outcome.Rejected(unitRule.get());
    }
    UUID from = found ? VirtualLocations.INVENTORY_LOSS : p.locationId();
    UUID to = found ? p.locationId() : VirtualLocations.INVENTORY_LOSS;
    return withUnit(new StockMovement(ctx.entityId(), p.partId(), StockMovementKind.ADJUSTMENT, from, to,
        units, serialNumber, null, ctx.actor().userId(), ctx.occurredAt(), p.reason().strip(), null), null);
  }

  /** The part used and its movement out of the van, in one apply: both or neither. */
  public static Outcome consumePart(ConsumePart p, MutationContext ctx) {
    WorkOrder wo = ctx.lookup().find(WorkOrder.class, ctx.entityId()).orElse(null);
    Optional<Rejection> access = WorkOrderAccess.check(ctx.actor(), wo, ctx.entityId());
    if (access.isPresent()) {
      return new Outcome.Rejected(access.get());
    }
    if (p.partUsageId() == null) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.partUsageId", "partUsageId");
    }
    if (ctx.lookup().find(PartUsage.class, p.partUsageId()).isPresent()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.exists", "partUsageId",
          String.valueOf(p.partUsageId()));
    }
    Optional<Rejection> quantity = StockRules.quantity(p.quantity(), "quantity");
    if (quantity.isPresent()) {
      return new Outcome.Rejected(quantity.get());
    }
    if (p.quantity() > 9999) { // the part-usage record's own bound
      return Outcome.reject(Codes.INVALID, "stock.rejected.quantityMax", "quantity", "9999");
    }
    Optional<Part> part = StockRules.part(ctx.lookup(), p.partId());
    if (part.isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownPart(p.partId()));
    }
    Optional<StockLocation> from = StockRules.location(ctx.lookup(), ctx.actor(), p.stockLocationId());
    if (from.isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownLocation("stockLocationId", p.stockLocationId()));
    }
    Optional<Rejection> serial = StockRules.serial(part.get(), p.quantity(), p.serialNumber(), "quantity");
    if (serial.isPresent()) {
      return new Outcome.Rejected(serial.get());
    }
    String serialNumber = serialOrNull(p.serialNumber());
    Optional<Rejection> elsewhere = SerialTrace.mayLeave(ctx.lookup(), part.get(), serialNumber, p.stockLocationId());
    if (elsewhere.isPresent()) {
      return new Outcome.Rejected(elsewhere.get());
    }
    PartUsage usage = new PartUsage(p.partUsageId(), wo.id(), p.partId(), p.stockLocationId(), p.quantity(),
        serialNumber, ctx.actor().userId(), ctx.occurredAt());
    StockMovement out = new StockMovement(ctx.derivedId(0), p.partId(), StockMovementKind.CONSUMPTION,
        p.stockLocationId(), VirtualLocations.CUSTOMER_SITE, p.quantity(), serialNumber, wo.id(),
        ctx.actor().userId(), ctx.occurredAt());
    SerialUnit unit = SerialTrace.after(out, wo.equipmentId());
    return unit == null ? Outcome.Applied.of(usage, out) : Outcome.Applied.of(usage, out, unit);
  }

  /** The movement, and where its serialized unit now is (if it has a serial). */
  static Outcome.Applied withUnit(StockMovement m, UUID equipmentId) {
    SerialUnit unit = SerialTrace.after(m, equipmentId);
    return unit == null ? Outcome.Applied.of(m) : Outcome.Applied.of(m, unit);
  }

  /** A new movement's id is the envelope's entityId: it must be given and not yet used. */
  static Optional<Rejection> exists(MutationContext ctx, String field) {
    if (ctx.entityId() == null) {
      return Optional.of(Rejection.of(Codes.INVALID, "protocol.entityId.required", field));
    }
    if (ctx.lookup().find(StockMovement.class, ctx.entityId()).isPresent()) {
      return Optional.of(Rejection.of(Codes.ALREADY_EXISTS, "protocol.rejected.exists", field,
          String.valueOf(ctx.entityId())));
    }
    return Optional.empty();
  }

  static String serialOrNull(String serial) {
    return serial == null || serial.isBlank() ? null : serial.strip();
  }
}
