package com.fieldops.stock.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change of stock; append-only, quantities are always positive and the locations give the direction.
 * Every movement has both ends: outside the company's stock the end is one of the {@link VirtualLocations}
 * (supplier, customer site, inventory loss); records written before those existed leave it null, which
 * means the same. On-hand is their sum ({@link Ledger}).
 *
 * @param reason     why a count was corrected (adjustments), as the person counting said it
 * @param transferId for both legs of a transfer (sent into transit, received out of it): the id of the
 *                   movement that sent it
 * @param destinationId on the sent leg of a transfer: where it is going (a van or warehouse), so the
 *                   receiving side (even in another region) holds it and may book it in; null: not said
 * @param partRequestId the part request a transfer answers (both legs), null for any other movement
 */
@CrossFieldRules
public record StockMovement(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{stock.part.required}") UUID partId,
    @NotNull(message = "{stock.movement.kind.required}") StockMovementKind kind,
    UUID fromLocationId,
    UUID toLocationId,
    @Min(value = 1, message = "{quantity.min}") @Max(value = 100000, message = "{quantity.max}") int quantity,
    @Size(max = 64, message = "{serialNumber.size}") String serialNumber,
    UUID workOrderId,
    UUID actorId,
    @NotNull(message = "{stock.movement.occurredAt.required}") Instant occurredAt,
    @Size(max = 500, message = "{stock.movement.reason.size}") String reason,
    UUID transferId,
    UUID destinationId,
    UUID partRequestId) implements CrossFieldChecked {

  /** A movement that neither names a destination nor answers a part request. */
  public StockMovement(UUID id, UUID partId, StockMovementKind kind, UUID fromLocationId, UUID toLocationId,
      int quantity, String serialNumber, UUID workOrderId, UUID actorId, Instant occurredAt, String reason,
      UUID transferId) {
    this(id, partId, kind, fromLocationId, toLocationId, quantity, serialNumber, workOrderId, actorId, occurredAt,
        reason, transferId, null, null);
  }

  /** A movement without reason or transfer (the shape before the ledger's virtual locations). */
  public StockMovement(UUID id, UUID partId, StockMovementKind kind, UUID fromLocationId, UUID toLocationId,
      int quantity, String serialNumber, UUID workOrderId, UUID actorId, Instant occurredAt) {
    this(id, partId, kind, fromLocationId, toLocationId, quantity, serialNumber, workOrderId, actorId, occurredAt,
        null, null);
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    Rules rules = Rules.check()
        .when(serialNumber != null, () -> quantity == 1, "quantity", "serialNumber.quantityOne");
    if (kind == null) {
      return rules.breaches();
    }
    // an end outside the company's stock (supplier, customer site, loss) counts as none for the kind rules
    boolean from = fromLocationId != null && !VirtualLocations.isOutside(fromLocationId);
    boolean to = toLocationId != null && !VirtualLocations.isOutside(toLocationId);
    switch (kind) {
      case RECEIPT -> rules.require(to && !from, to ? "fromLocationId" : "toLocationId", "stock.movement.receipt");
      case TRANSFER -> rules.require(from && to, from ? "toLocationId" : "fromLocationId", "stock.movement.transfer")
          .when(from && to, () -> !fromLocationId.equals(toLocationId), "toLocationId", "stock.movement.sameLocation");
      case CONSUMPTION -> rules.require(from && !to, from ? "toLocationId" : "fromLocationId", "stock.movement.consumption")
          .require(workOrderId != null, "workOrderId", "stock.movement.workOrder.required");
      case RETURN -> rules.require(to && !from, to ? "fromLocationId" : "toLocationId", "stock.movement.return")
          .require(workOrderId != null, "workOrderId", "stock.movement.workOrder.required");
      case ADJUSTMENT -> rules.require(from ^ to, "toLocationId", "stock.movement.adjustment");
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
    return rules.breaches();
  }
}
