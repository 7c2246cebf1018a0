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

/** A change of stock; append-only, quantities are always positive and the locations give the direction. */
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
    @NotNull(message = "{stock.movement.occurredAt.required}") Instant occurredAt) implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    Rules rules = Rules.check()
        .when(serialNumber != null, () -> quantity == 1, "quantity", "serialNumber.quantityOne");
    if (kind == null) {
      return rules.breaches();
    }
    boolean from = fromLocationId != null;
    boolean to = toLocationId != null;
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
