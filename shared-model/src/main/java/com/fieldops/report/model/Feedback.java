package com.fieldops.report.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The customer's rating of a visit; a low one opens a follow-up work order. */
public record Feedback(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{feedback.workOrder.required}") UUID workOrderId,
    UUID serviceReportId,
    UUID contactId,
    @Min(value = 1, message = "{feedback.rating.range}") @Max(value = 5, message = "{feedback.rating.range}") int rating,
    @Size(max = 2000, message = "{feedback.comment.size}") String comment,
    @NotNull(message = "{feedback.submittedAt.required}") Instant submittedAt) {

  /** Ratings at or below this open a follow-up work order. */
  public static final int FOLLOW_UP_AT_OR_BELOW = 2;

  public boolean needsFollowUp() {
    return rating <= FOLLOW_UP_AT_OR_BELOW;
  }
}
