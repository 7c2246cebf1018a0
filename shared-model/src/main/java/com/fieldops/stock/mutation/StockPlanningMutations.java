package com.fieldops.stock.mutation;

import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.stock.model.Reservation;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockThreshold;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.mutation.WorkOrderAccess;
import java.util.Optional;

/** Reservations for scheduled jobs and low-stock thresholds: what planning stock needs besides the ledger. */
public final class StockPlanningMutations {
  private StockPlanningMutations() {}

  /**
   * Reserves parts at a location for an open job. More than available may be reserved (the parts may
   * arrive before the visit); available then reads below zero, which the screens show.
   */
  public static Outcome reserveParts(ReserveParts p, MutationContext ctx) {
    if (ctx.entityId() == null) {
      return Outcome.reject(Codes.INVALID, "protocol.entityId.required", "entityId");
    }
    if (ctx.lookup().find(Reservation.class, ctx.entityId()).isPresent()) {
      return Outcome.reject(Codes.ALREADY_EXISTS, "protocol.rejected.exists", "entityId", String.valueOf(ctx.entityId()));
    }
    WorkOrder wo = p.workOrderId() == null ? null : ctx.lookup().find(WorkOrder.class, p.workOrderId()).orElse(null);
    Optional<Rejection> access = WorkOrderAccess.check(ctx.actor(), wo, p.workOrderId());
    if (access.isPresent() || !wo.status().isOpen()) {
      return new Outcome.Rejected(Access.notFound("workOrderId", "WorkOrder", p.workOrderId()));
    }
    Optional<Rejection> quantity = StockRules.quantity(p.quantity(), "quantity");
    if (quantity.isPresent()) {
      return new Outcome.Rejected(quantity.get());
    }
    if (p.quantity() > PartRequestMutations.MAX_REQUESTED) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.quantityMax", "quantity",
          String.valueOf(PartRequestMutations.MAX_REQUESTED));
    }
    if (StockRules.part(ctx.lookup(), p.partId()).isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownPart(p.partId()));
    }
    if (StockRules.location(ctx.lookup(), ctx.actor(), p.locationId()).isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownLocation("locationId", p.locationId()));
    }
    return Outcome.Applied.of(new Reservation(ctx.entityId(), wo.id(), p.partId(), p.locationId(), p.quantity(),
        ctx.actor().userId(), ctx.occurredAt(), null, null));
  }

  public static Outcome releaseReservation(ReleaseReservation p, MutationContext ctx) {
    Optional<Reservation> r = ctx.entityId() == null ? Optional.empty()
        : ctx.lookup().find(Reservation.class, ctx.entityId());
    WorkOrder wo = r.flatMap(x -> ctx.lookup().find(WorkOrder.class, x.workOrderId())).orElse(null);
    if (r.isEmpty() || WorkOrderAccess.check(ctx.actor(), wo, r.get().workOrderId()).isPresent()) {
      return new Outcome.Rejected(Access.notFound("entityId", "Reservation", ctx.entityId()));
    }
    if (r.get().releasedAt() != null) {
      return Outcome.Applied.of(); // released already: nothing more to do
    }
    Reservation x = r.get();
    return Outcome.Applied.of(new Reservation(x.id(), x.workOrderId(), x.partId(), x.locationId(), x.quantity(),
        x.reservedBy(), x.reservedAt(), ctx.occurredAt(), ctx.actor().userId()));
  }

  /** Office staff of the location's region (or an admin) set a threshold; technicians do not. */
  public static Outcome setStockThreshold(SetStockThreshold p, MutationContext ctx) {
    if (!(ctx.actor().isAdmin() || ctx.actor().isOffice())) {
      return new Outcome.Rejected(Access.forbidden());
    }
    Optional<StockLocation> at = StockRules.location(ctx.lookup(), ctx.actor(), p.locationId());
    if (at.isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownLocation("locationId", p.locationId()));
    }
    if (StockRules.part(ctx.lookup(), p.partId()).isEmpty()) {
      return new Outcome.Rejected(StockRules.unknownPart(p.partId()));
    }
    if (ctx.entityId() == null || !ctx.entityId().equals(StockThreshold.idOf(p.locationId(), p.partId()))) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.idMismatch", "entityId");
    }
    if (p.minimum() < 0 || p.minimum() > StockRules.MAX_QUANTITY) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.thresholdRange", "minimum",
          String.valueOf(StockRules.MAX_QUANTITY));
    }
    if (p.target() < p.minimum() || p.target() > StockRules.MAX_QUANTITY) {
      return Outcome.reject(Codes.INVALID, "stock.rejected.targetBelowMinimum", "target", String.valueOf(p.minimum()));
    }
    return Outcome.Applied.of(new StockThreshold(ctx.entityId(), p.locationId(), p.partId(), p.minimum(), p.target(),
        ctx.actor().userId(), ctx.occurredAt()));
  }
}
