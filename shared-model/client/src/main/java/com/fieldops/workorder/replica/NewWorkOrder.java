package com.fieldops.workorder.replica;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Instant;
import java.util.UUID;

/**
 * What a dispatcher enters for a new work order. {@code equipmentId}, {@code contactId},
 * {@code requiredSkill}, the scheduled window and {@code assigneeId} may be null. The region is the
 * site's; with an assignee the work order starts ASSIGNED, else NEW. {@code requiredSkillLevel} (1-5)
 * may be null (any level).
 */
public record NewWorkOrder(
    UUID customerId,
    UUID siteId,
    UUID contactId,
    UUID equipmentId,
    WorkOrderType type,
    Priority priority,
    String problem,
    String requiredSkill,
    Instant scheduledStart,
    Instant scheduledEnd,
    UUID assigneeId,
    Integer requiredSkillLevel) {

  /** Without a required skill level (any level of the skill will do). */
  public NewWorkOrder(UUID customerId, UUID siteId, UUID contactId, UUID equipmentId, WorkOrderType type,
      Priority priority, String problem, String requiredSkill, Instant scheduledStart, Instant scheduledEnd,
      UUID assigneeId) {
    this(customerId, siteId, contactId, equipmentId, type, priority, problem, requiredSkill, scheduledStart,
        scheduledEnd, assigneeId, null);
  }
}
