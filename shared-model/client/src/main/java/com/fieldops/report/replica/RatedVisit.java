package com.fieldops.report.replica;

import com.fieldops.report.model.Feedback;
import java.util.UUID;

/**
 * A customer's rating with the job it rates as the replica knows it: the job's label (number, or its
 * provisional label), its customer and who did it (the assignee when the rating was read).
 */
public record RatedVisit(Feedback feedback, String workOrderLabel, UUID customerId, UUID technicianId) {
  public UUID workOrderId() {
    return feedback.workOrderId();
  }
}
