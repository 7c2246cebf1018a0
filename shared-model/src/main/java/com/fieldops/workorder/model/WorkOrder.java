package com.fieldops.workorder.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fieldops.common.validation.PlanTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A job: something to fix or check at a customer's site. Its history (events, notes, time,
 * parts, photos) lives in separate append-only records, so offline edits never collide.
 *
 * @param number        human-readable number the server gives on first sync ({@code WO-2026-000123});
 *                      null until then (clients show {@link #provisionalLabel()})
 * @param assigneeId    the technician's id (not the user id)
 * @param requiredSkill skill code a technician needs, e.g. {@code HVAC}
 * @param region        dispatch region; decides which dispatchers see it
 * @param createdBy     user id
 * @param requiredSkillLevel the level (1-5) a technician needs in {@code requiredSkill}; null = any level
 */
@CrossFieldRules
public record WorkOrder(
    @NotNull(message = "{id.required}") UUID id,
    @Pattern(regexp = NUMBER_PATTERN, message = "{workorder.number.format}") String number,
    @NotNull(message = "{workorder.customer.required}") UUID customerId,
    @NotNull(message = "{workorder.site.required}") UUID siteId,
    UUID contactId,
    UUID equipmentId,
    @NotNull(message = "{workorder.type.required}") WorkOrderType type,
    @NotNull(message = "{workorder.priority.required}") Priority priority,
    @NotNull(message = "{workorder.status.required}") WorkOrderStatus status,
    OnHoldReason onHoldReason,
    UUID assigneeId,
    @Size(max = 64, message = "{workorder.requiredSkill.size}") String requiredSkill,
    @NotBlank(message = "{region.required}") @Size(max = 64, message = "{region.size}") String region,
    @PlanTime(message = "{workorder.scheduledStart.window}") Instant scheduledStart,
    @PlanTime(message = "{workorder.scheduledEnd.window}") Instant scheduledEnd,
    @NotBlank(message = "{workorder.problem.required}") @Size(max = 4000, message = "{workorder.problem.size}") String problem,
    @Size(max = 4000, message = "{workorder.resolution.size}") String resolution,
    @NotNull(message = "{workorder.createdAt.required}") Instant createdAt,
    @NotNull(message = "{workorder.createdBy.required}") UUID createdBy,
    @Min(value = 1, message = "{workorder.requiredSkillLevel.range}")
    @Max(value = 5, message = "{workorder.requiredSkillLevel.range}") Integer requiredSkillLevel)
    implements CrossFieldChecked {

  /**
   * A job without a required skill level: what every work order stored before the level existed
   * reads as (a missing field is none).
   */
  public WorkOrder(UUID id, String number, UUID customerId, UUID siteId, UUID contactId, UUID equipmentId,
      WorkOrderType type, Priority priority, WorkOrderStatus status, OnHoldReason onHoldReason, UUID assigneeId,
      String requiredSkill, String region, Instant scheduledStart, Instant scheduledEnd, String problem,
      String resolution, Instant createdAt, UUID createdBy) {
    this(id, number, customerId, siteId, contactId, equipmentId, type, priority, status, onHoldReason, assigneeId,
        requiredSkill, region, scheduledStart, scheduledEnd, problem, resolution, createdAt, createdBy, null);
  }

  public static final String NUMBER_PATTERN = "^WO-\\d{4}-\\d{6,}$";

  /** Statuses in which somebody must be assigned. */
  public static final Set<WorkOrderStatus> NEEDS_ASSIGNEE = EnumSet.of(WorkOrderStatus.ASSIGNED,
      WorkOrderStatus.ACCEPTED, WorkOrderStatus.EN_ROUTE, WorkOrderStatus.ON_SITE, WorkOrderStatus.ON_HOLD,
      WorkOrderStatus.COMPLETED, WorkOrderStatus.CLOSED);

  /** How long a job is planned for when its window is not set: two hours, a typical visit. */
  public static final java.time.Duration DEFAULT_LENGTH = java.time.Duration.ofHours(2);

  /** A job's planned length: its scheduled window's, or {@link #DEFAULT_LENGTH} without one. */
  public static java.time.Duration plannedLength(Instant scheduledStart, Instant scheduledEnd) {
    return scheduledStart != null && scheduledEnd != null
        ? java.time.Duration.between(scheduledStart, scheduledEnd) : DEFAULT_LENGTH;
  }

  /** Shown until the server gives a number: the last 6 hex digits of the (random) id part. */
  public String provisionalLabel() {
    String hex = id.toString().replace("-", "");
    return "#" + hex.substring(hex.length() - 6).toUpperCase(java.util.Locale.ROOT);
  }

  /** The number if the server gave one, else the provisional label. */
  public String label() {
    return number != null ? number : provisionalLabel();
  }

  public WorkOrder withStatus(WorkOrderStatus newStatus, OnHoldReason reason) {
    return new WorkOrder(id, number, customerId, siteId, contactId, equipmentId, type, priority, newStatus, reason,
        assigneeId, requiredSkill, region, scheduledStart, scheduledEnd, problem, resolution, createdAt, createdBy,
        requiredSkillLevel);
  }

  public WorkOrder withAssignee(UUID technicianId) {
    return new WorkOrder(id, number, customerId, siteId, contactId, equipmentId, type, priority, status, onHoldReason,
        technicianId, requiredSkill, region, scheduledStart, scheduledEnd, problem, resolution, createdAt, createdBy,
        requiredSkillLevel);
  }

  public WorkOrder withPriority(Priority newPriority) {
    return new WorkOrder(id, number, customerId, siteId, contactId, equipmentId, type, newPriority, status,
        onHoldReason, assigneeId, requiredSkill, region, scheduledStart, scheduledEnd, problem, resolution, createdAt,
        createdBy, requiredSkillLevel);
  }

  public WorkOrder withNumber(String newNumber) {
    return new WorkOrder(id, newNumber, customerId, siteId, contactId, equipmentId, type, priority, status,
        onHoldReason, assigneeId, requiredSkill, region, scheduledStart, scheduledEnd, problem, resolution, createdAt,
        createdBy, requiredSkillLevel);
  }

  public WorkOrder withSchedule(Instant start, Instant end) {
    return new WorkOrder(id, number, customerId, siteId, contactId, equipmentId, type, priority, status, onHoldReason,
        assigneeId, requiredSkill, region, start, end, problem, resolution, createdAt, createdBy,
        requiredSkillLevel);
  }

  public WorkOrder withResolution(String newResolution) {
    return new WorkOrder(id, number, customerId, siteId, contactId, equipmentId, type, priority, status, onHoldReason,
        assigneeId, requiredSkill, region, scheduledStart, scheduledEnd, problem, newResolution, createdAt, createdBy,
        requiredSkillLevel);
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .require((scheduledStart == null) == (scheduledEnd == null),
            scheduledStart == null ? "scheduledStart" : "scheduledEnd", "workorder.schedule.incomplete")
        .when(scheduledStart != null && scheduledEnd != null, () -> scheduledEnd.isAfter(scheduledStart),
            "scheduledEnd", "workorder.scheduledEnd.afterStart")
        .when(status == WorkOrderStatus.ON_HOLD, () -> onHoldReason != null, "onHoldReason", "workorder.onHoldReason.required")
        .when(status != WorkOrderStatus.ON_HOLD, () -> onHoldReason == null, "onHoldReason", "workorder.onHoldReason.notOnHold")
        .when(status != null && NEEDS_ASSIGNEE.contains(status), () -> assigneeId != null, "assigneeId",
            "workorder.assignee.required")
        .when(status == WorkOrderStatus.NEW, () -> assigneeId == null, "assigneeId", "workorder.assignee.notNew")
        .when(requiredSkillLevel != null, () -> requiredSkill != null && !requiredSkill.isBlank(),
            "requiredSkillLevel", "workorder.requiredSkillLevel.noSkill")
        .when(status == WorkOrderStatus.COMPLETED || status == WorkOrderStatus.CLOSED,
            () -> resolution != null && !resolution.isBlank(), "resolution", "workorder.resolution.required")
        .breaches();
  }
}
