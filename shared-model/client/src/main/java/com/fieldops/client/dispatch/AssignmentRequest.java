package com.fieldops.client.dispatch;

import java.time.Instant;
import java.util.UUID;

/** "Give this job to this technician from start to end" — from a drop or from the assign dialog. */
public record AssignmentRequest(UUID workOrderId, String workOrderLabel, UUID technicianId,
    String technicianName, Instant start, Instant end) {}
