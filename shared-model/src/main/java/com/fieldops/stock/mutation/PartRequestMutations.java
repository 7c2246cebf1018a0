package com.fieldops.stock.mutation;

import com.fieldops.identity.model.Technician;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.stock.model.Availability;
import com.fieldops.stock.model.Ledger;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.PartRequestEvent;
import com.fieldops.stock.model.PartRequestStatus;
import com.fieldops.stock.model.Reservation;
import com.fieldops.stock.model.SerialUnit;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockBalances;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.stock.model.StockMovementKind;
import com.fieldops.stock.model.VirtualLocations;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.mutation.WorkOrderAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Part requests (docs/decisions/0017): a technician asks, a dispatcher of the region approves (the
 * approval sends the transfer in the same apply) or declines with a reason, the technician books the
 * parts in with {@code ReceiveTransfer}. Every step appends a {@link PartRequestEvent}: who, when, which device.
 */
public final class PartRequestMutations {
  /** The most one request may ask for (the request record's own bound). */
  static final int MAX_REQUESTED = 9999;

  private PartRequestMutations() {}

  public static Outcome requestParts(RequestParts p, MutationContext ctx) {
    if (ctx.entityId() == null) {
      return Outcome.reject(Codes.INVALID, "protocol.entityId.required", "entityId");
    }
    if (ctx.lookup().find(PartRequest.class, ctx.entityId()).isPresent()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.exists", "entityId", String.valueOf(ctx.entityId()));
    }
    if (!ctx.actor().isTechnician() || ctx.actor().technicianId() == null) {
      // office staff send parts with a transfer; a request is a technician's, for their van
      return Outcome.reject(Codes.FORBIDDEN, "stock.rejected.onlyTechniciansRequest", "entityId");
    }
    Optional<Rejection> quantity = StockRules.quantity(p.quantity(), "quantity");
    if (quantity.isPresent()) {
      return new Outcome.Rejected(quantity.get());
    }
    if (p.quantity() > MAX_REQUESTED) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.quantityMax", "quantity", String.valueOf(MAX_REQUESTED));
    }
    if (StockRules.part(ctx.lookup(), p.partId()).isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownPart(p.partId()));
    }
    Optional<Technician> tech = ctx.lookup().find(Technician.class, ctx.actor().technicianId());
    Optional<StockLocation> van = tech.map(Technician::vanStockLocationId)
        .flatMap(id -> StockRules.location(ctx.lookup(), ctx.actor(), id));
    if (van.isEmpty()) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.noVan", "partId");
    }
    if (p.workOrderId() != null) {
      WorkOrder wo = ctx.lookup().find(WorkOrder.class, p.workOrderId()).orElse(null);
      Optional<Rejection> access = WorkOrderAccess.check(ctx.actor(), wo, p.workOrderId());
      if (access.isPresent() || !wo.status().isOpen()) {
        return new Outcome.Rejected(Access.notFound("workOrderId", "WorkOrder", p.workOrderId()));
      }
    }
    if (p.neededBy() != null && p.neededBy().isBefore(ctx.occurredAt())) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.neededByPast", "neededBy");
    }
    String comment = p.comment() == null || p.comment().isBlank() ? null : p.comment().strip();
    PartRequest request = new PartRequest(ctx.entityId(), p.workOrderId(), p.partId(), p.quantity(),
        PartRequestStatus.REQUESTED, ctx.actor().userId(), ctx.occurredAt(), p.neededBy(), van.get().id(), comment,
        tech.get().region(), tech.get().id(), null, null, 0, null, null, null);
    return Outcome.Applied.of(request, event(ctx, request, PartRequestEvent.Kind.REQUESTED, 0, p.quantity(),
        van.get().id(), comment));
  }

  /**
   * Approves an open request: sends {@code quantity} (at most what was asked for) from the chosen
   * location, which must have that many available (on hand − reserved), into transit towards the van.
   */
  public static Outcome approvePartRequest(ApprovePartRequest p, MutationContext ctx) {
    Optional<PartRequest> found = decidable(ctx);
    if (found.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("entityId", "PartRequest", ctx.entityId()));
    }
    PartRequest r = found.get();
    if (!r.status().isOpen()) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.requestNotOpen", "entityId", r.status().name());
    }
    int quantity = p.quantity() == null ? r.quantity() : p.quantity();
    Optional<Rejection> bad = StockRules.quantity(quantity, "quantity");
    if (bad.isPresent()) {
      return new Outcome.Rejected(bad.get());
    }
    if (quantity > r.quantity()) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.moreThanRequested", "quantity",
          String.valueOf(r.quantity()));
    }
    Optional<StockLocation> source = StockRules.location(ctx.lookup(), ctx.actor(), p.sourceLocationId());
    if (source.isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownLocation("sourceLocationId", p.sourceLocationId()));
    }
    if (source.get().id().equals(r.deliverToLocationId())) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.sourceIsDestination", "sourceLocationId");
    }
    Part part = StockRules.part(ctx.lookup(), r.partId()).orElse(null);
    if (part == null) {
      return new Outcome.Rejected(StockRules.unknownPart(r.partId()));
    }
    String serial = StockMutations.serialOrNull(p.serialNumber());
    Optional<Rejection> serialRule = StockRules.serial(part, quantity, serial, "quantity");
    if (serialRule.isEmpty()) {
      serialRule = SerialTrace.mayLeave(ctx.lookup(), part, serial, source.get().id());
    }
    if (serialRule.isPresent()) {
      return new Outcome.Rejected(serialRule.get());
    }
    int available = available(ctx, r.partId(), source.get().id());
    if (available < quantity) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.notEnoughAtSource", "sourceLocationId",
          String.valueOf(Math.max(available, 0)), part.sku());
    }
    UUID transferId = ctx.derivedId(0);
    StockMovement sent = new StockMovement(transferId, r.partId(), StockMovementKind.TRANSFER, source.get().id(),
        VirtualLocations.IN_TRANSIT, quantity, serial, null, ctx.actor().userId(), ctx.occurredAt(), null,
        transferId, r.deliverToLocationId(), r.id());
    PartRequest approved = new PartRequest(r.id(), r.workOrderId(), r.partId(), r.quantity(),
        PartRequestStatus.APPROVED, r.requestedBy(), r.requestedAt(), r.neededBy(), r.deliverToLocationId(),
        r.comment(), r.region(), r.requestedByTechnicianId(), source.get().id(), transferId, quantity,
        ctx.actor().userId(), ctx.occurredAt(), null);
    List<Object> writes = new ArrayList<>(List.of(approved, sent));
    SerialUnit unit = SerialTrace.after(sent, null);
    if (unit != null) {
      writes.add(unit);
    }
    writes.add(event(ctx, approved, PartRequestEvent.Kind.APPROVED, 1, quantity, source.get().id(), null));
    return new Outcome.Applied(writes, List.of());
  }

  public static Outcome declinePartRequest(DeclinePartRequest p, MutationContext ctx) {
    Optional<PartRequest> found = decidable(ctx);
    if (found.isEmpty()) {
      return new Outcome.Rejected(Access.notFound("entityId", "PartRequest", ctx.entityId()));
    }
    PartRequest r = found.get();
    if (!r.status().isOpen()) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.requestNotOpen", "entityId", r.status().name());
    }
    if (p.reason() == null || p.reason().isBlank()) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.declineReasonRequired", "reason");
    }
    String reason = p.reason().strip();
    PartRequest declined = new PartRequest(r.id(), r.workOrderId(), r.partId(), r.quantity(),
        PartRequestStatus.DECLINED, r.requestedBy(), r.requestedAt(), r.neededBy(), r.deliverToLocationId(),
        r.comment(), r.region(), r.requestedByTechnicianId(), null, null, 0, ctx.actor().userId(), ctx.occurredAt(),
        reason);
    return Outcome.Applied.of(declined, event(ctx, declined, PartRequestEvent.Kind.DECLINED, 0, 0, null, reason));
  }

  /**
   * What a receipt of a request's transfer adds: the request now partly or fully received, and its
   * history line. Nothing for a transfer that answers no request.
   */
  static List<Object> received(MutationContext ctx, StockMovement sent, StockMovement in, int receivedSoFar) {
    if (sent.partRequestId() == null) {
      return List.of();
    }
    Optional<PartRequest> r = ctx.lookup().find(PartRequest.class, sent.partRequestId());
    if (r.isEmpty()) {
      return List.of();
    }
    PartRequestStatus status = receivedSoFar >= sent.quantity() ? PartRequestStatus.RECEIVED
        : PartRequestStatus.PARTLY_RECEIVED;
    PartRequest next = r.get().withStatus(status);
    return List.of(next, new PartRequestEvent(ctx.derivedId(1), next.id(), PartRequestEvent.Kind.RECEIVED,
        ctx.occurredAt(), ctx.actor().userId(), ctx.deviceId(), in.quantity(), in.toLocationId(), null));
  }

  /** The request, if the actor decides on requests of its region (an admin anywhere). */
  private static Optional<PartRequest> decidable(MutationContext ctx) {
    if (ctx.entityId() == null) {
      return Optional.empty();
    }
    return ctx.lookup().find(PartRequest.class, ctx.entityId())
        .filter(r -> ctx.actor().isAdmin() || (r.region() != null && ctx.actor().managesRegion(r.region())));
  }

  /**
   * On hand − reserved of one part at one location. On hand is the sum of the location's movements, read
   * from the store's running balance where it keeps one ({@link StockBalances}: a depot may have had a
   * million); reserved comes from the reservations held there and what their jobs used.
   */
  static int available(MutationContext ctx, UUID partId, UUID locationId) {
    int onHand;
    if (ctx.lookup() instanceof StockBalances balances) {
      onHand = balances.onHand(partId, locationId);
    } else {
      Map<UUID, StockMovement> movements = new LinkedHashMap<>();
      for (String end : List.of("fromLocationId", "toLocationId")) {
        for (StockMovement m : ctx.lookup().findAllBy(StockMovement.class, end, locationId)) {
          movements.put(m.id(), m);
        }
      }
      onHand = Ledger.onHand(movements.values(), partId, locationId);
    }
    List<Reservation> reservations = ctx.lookup().findAllBy(Reservation.class, "locationId", locationId).stream()
        .filter(x -> x.partId().equals(partId)).toList();
    Map<UUID, StockMovement> used = new LinkedHashMap<>();
    reservations.stream().filter(x -> x.releasedAt() == null).map(Reservation::workOrderId).distinct()
        .forEach(job -> ctx.lookup().findAllBy(StockMovement.class, "workOrderId", job).forEach(m -> used.put(m.id(), m)));
    Map<Ledger.Slot, Integer> reserved = Availability.reserved(reservations,
        job -> ctx.lookup().find(WorkOrder.class, job).map(w -> !w.status().isOpen()).orElse(false),
        used.values());
    return onHand - reserved.getOrDefault(new Ledger.Slot(partId, locationId), 0);
  }

  private static PartRequestEvent event(MutationContext ctx, PartRequest r, PartRequestEvent.Kind kind, int n,
      int quantity, UUID locationId, String note) {
    return new PartRequestEvent(ctx.derivedId(10 + n), r.id(), kind, ctx.occurredAt(), ctx.actor().userId(),
        ctx.deviceId(), quantity, locationId, note);
  }
}
