package com.fieldops.workorder.replica;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Instant;
import java.util.UUID;

/**
 * Plain-field edit of a work order: null = leave as is. Each set field is its own per-field edit
 * on the server (the last in server order wins; the loser is told).
 */
public record WorkOrderEdit(
    WorkOrderType type,
    Priority priority,
    String problem,
    String resolution,
    String requiredSkill,
    UUID contactId,
    UUID equipmentId,
    Instant scheduledStart,
    Instant scheduledEnd) {

  public static WorkOrderEdit none() {
    return new WorkOrderEdit(null, null, null, null, null, null, null, null, null);
  }

  public WorkOrderEdit withType(WorkOrderType t) {
    return new WorkOrderEdit(t, priority, problem, resolution, requiredSkill, contactId, equipmentId, scheduledStart, scheduledEnd);
  }

  public WorkOrderEdit withPriority(Priority p) {
    return new WorkOrderEdit(type, p, problem, resolution, requiredSkill, contactId, equipmentId, scheduledStart, scheduledEnd);
  }

  public WorkOrderEdit withProblem(String p) {
    return new WorkOrderEdit(type, priority, p, resolution, requiredSkill, contactId, equipmentId, scheduledStart, scheduledEnd);
  }

  public WorkOrderEdit withResolution(String r) {
    return new WorkOrderEdit(type, priority, problem, r, requiredSkill, contactId, equipmentId, scheduledStart, scheduledEnd);
  }

  public WorkOrderEdit withRequiredSkill(String s) {
    return new WorkOrderEdit(type, priority, problem, resolution, s, contactId, equipmentId, scheduledStart, scheduledEnd);
  }

  public WorkOrderEdit withContact(UUID id) {
    return new WorkOrderEdit(type, priority, problem, resolution, requiredSkill, id, equipmentId, scheduledStart, scheduledEnd);
  }

  public WorkOrderEdit withEquipment(UUID id) {
    return new WorkOrderEdit(type, priority, problem, resolution, requiredSkill, contactId, id, scheduledStart, scheduledEnd);
  }

  public WorkOrderEdit withSchedule(Instant start, Instant end) {
    return new WorkOrderEdit(type, priority, problem, resolution, requiredSkill, contactId, equipmentId, start, end);
  }

  public boolean isEmpty() {
    return equals(none());
  }
}
