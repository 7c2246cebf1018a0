package com.fieldops.client.dispatch;

import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.workorder.model.WorkOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** "Give this job to this technician from start to end" — from a drop or from the assign dialog. */
public record AssignmentRequest(UUID workOrderId, String workOrderLabel, UUID technicianId,
    String technicianName, Instant start, Instant end) {
  /** How long a job without a scheduled window is planned for. */
  public static final Duration DEFAULT_JOB_LENGTH = WorkOrder.DEFAULT_LENGTH;
  /** Drops land on quarter hours. */
  public static final Duration SNAP = Duration.ofMinutes(15);

  /** Dropping {@code job} at {@code at} on a technician: snapped to the quarter hour, keeping its length. */
  public static AssignmentRequest drop(WorkOrderRow job, UUID technicianId, String technicianName, Instant at) {
    Instant start = snap(at);
    return new AssignmentRequest(job.id(), job.label(), technicianId, technicianName, start, start.plus(length(job)));
  }

  /** The job's scheduled length, or {@link #DEFAULT_JOB_LENGTH} when it has no window yet. */
  public static Duration length(WorkOrderRow job) {
    return WorkOrder.plannedLength(job.scheduledStart(), job.scheduledEnd());
  }

  /** The nearest quarter hour. */
  public static Instant snap(Instant at) {
    long step = SNAP.toSeconds();
    long s = Math.floorDiv(at.getEpochSecond() + step / 2, step) * step;
    return Instant.ofEpochSecond(s);
  }
}
