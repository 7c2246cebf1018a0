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
 * A technician asks for parts, for one of their jobs or for their van (often while a job is on hold,
 * waiting for parts). A dispatcher of the region approves it, choosing where the parts come from
 * (the approval sends the transfer), or declines it with a reason. Its steps are
 * {@link PartRequestEvent}s.
 *
 * @param workOrderId        the job the parts are for; null: for the van
 * @param deliverToLocationId where the parts go: the requesting technician's van
 * @param region             whose dispatchers decide (the requesting technician's); null on older records
 * @param sourceLocationId   the warehouse or van the approval sends from
 * @param transferId         the transfer the approval sent (the id of its sent movement)
 * @param approvedQuantity   how many the approval sends (at most the quantity asked for)
 * @param decidedBy          who approved or declined
 * @param declineReason      why it was declined, as the dispatcher said it
 */
@CrossFieldRules
public record PartRequest(
    @NotNull(message = "{id.required}") UUID id,
    UUID workOrderId,
    @NotNull(message = "{partrequest.part.required}") UUID partId,
    @Min(value = 1, message = "{quantity.min}") @Max(value = 9999, message = "{quantity.max}") int quantity,
    @NotNull(message = "{partrequest.status.required}") PartRequestStatus status,
    @NotNull(message = "{partrequest.requestedBy.required}") UUID requestedBy,
    @NotNull(message = "{partrequest.requestedAt.required}") Instant requestedAt,
    Instant neededBy,
    UUID deliverToLocationId,
    @Size(max = 2000, message = "{partrequest.comment.size}") String comment,
    @Size(max = 64, message = "{region.size}") String region,
    UUID requestedByTechnicianId,
    UUID sourceLocationId,
    UUID transferId,
    int approvedQuantity,
    UUID decidedBy,
    Instant decidedAt,
    @Size(max = 500, message = "{partrequest.comment.size}") String declineReason) implements CrossFieldChecked {

  /** A request as recorded before requests were mutations (no region, no decision). */
  public PartRequest(UUID id, UUID workOrderId, UUID partId, int quantity, PartRequestStatus status, UUID requestedBy,
      Instant requestedAt, Instant neededBy, UUID deliverToLocationId, String comment) {
    this(id, workOrderId, partId, quantity, status, requestedBy, requestedAt, neededBy, deliverToLocationId, comment,
        null, null, null, null, 0, null, null, null);
  }

  /** The same request in another state. */
  public PartRequest withStatus(PartRequestStatus next) {
    return new PartRequest(id, workOrderId, partId, quantity, next, requestedBy, requestedAt, neededBy,
        deliverToLocationId, comment, region, requestedByTechnicianId, sourceLocationId, transferId, approvedQuantity,
        decidedBy, decidedAt, declineReason);
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(neededBy != null && requestedAt != null, () -> !neededBy.isBefore(requestedAt), "neededBy",
            "partrequest.neededBy.beforeRequested")
        .breaches();
  }
}
