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

/** A technician asks for a part they don't carry (often while the job is on hold, waiting for parts). */
@CrossFieldRules
public record PartRequest(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{partrequest.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{partrequest.part.required}") UUID partId,
    @Min(value = 1, message = "{quantity.min}") @Max(value = 9999, message = "{quantity.max}") int quantity,
    @NotNull(message = "{partrequest.status.required}") PartRequestStatus status,
    @NotNull(message = "{partrequest.requestedBy.required}") UUID requestedBy,
    @NotNull(message = "{partrequest.requestedAt.required}") Instant requestedAt,
    Instant neededBy,
    UUID deliverToLocationId,
    @Size(max = 2000, message = "{partrequest.comment.size}") String comment) implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(neededBy != null && requestedAt != null, () -> !neededBy.isBefore(requestedAt), "neededBy",
            "partrequest.neededBy.beforeRequested")
        .breaches();
  }
}
