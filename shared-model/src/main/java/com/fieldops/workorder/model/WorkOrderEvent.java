package com.fieldops.workorder.model;

import com.fieldops.common.GeoPoint;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of a work order's append-only history. On the wire the {@code kind} property names the
 * event ({@code STATUS_CHANGED}, ...); readers ignore fields they don't know.
 *
 * <p>Common to all: {@code actorId} is the user who did it (null = the system, e.g. an SLA
 * escalation), {@code deviceId} the device it was done on ({@code server} for the system),
 * {@code occurredAt} when it happened (device time, bounded by the server), {@code recordedAt}
 * when the server recorded it (or the device, before sync).
 */
@CrossFieldRules
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = WorkOrderEvent.Created.class, name = "CREATED"),
    @JsonSubTypes.Type(value = WorkOrderEvent.StatusChanged.class, name = "STATUS_CHANGED"),
    @JsonSubTypes.Type(value = WorkOrderEvent.Assigned.class, name = "ASSIGNED"),
    @JsonSubTypes.Type(value = WorkOrderEvent.PriorityChanged.class, name = "PRIORITY_CHANGED"),
    @JsonSubTypes.Type(value = WorkOrderEvent.NoteAdded.class, name = "NOTE_ADDED"),
    @JsonSubTypes.Type(value = WorkOrderEvent.FieldEdited.class, name = "FIELD_EDITED"),
    @JsonSubTypes.Type(value = WorkOrderEvent.NumberAssigned.class, name = "NUMBER_ASSIGNED"),
    @JsonSubTypes.Type(value = WorkOrderEvent.EscalationFired.class, name = "ESCALATION_FIRED"),
    @JsonSubTypes.Type(value = WorkOrderEvent.EscalationWithdrawn.class, name = "ESCALATION_WITHDRAWN")})
public sealed interface WorkOrderEvent extends CrossFieldChecked {
  UUID id();

  UUID workOrderId();

  UUID actorId();

  String deviceId();

  Instant occurredAt();

  Instant recordedAt();

  /** The device id used for what the server does by itself. */
  String SERVER_DEVICE = "server";

  @Override
  default List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(occurredAt() != null && recordedAt() != null, () -> !occurredAt().isAfter(recordedAt()), "occurredAt",
            "event.occurredAt.afterRecorded")
        .breaches();
  }

  /** The work order came into being. */
  record Created(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      @NotNull(message = "{workorder.type.required}") WorkOrderType type,
      @NotNull(message = "{workorder.priority.required}") Priority priority) implements WorkOrderEvent {}

  /** A move of the state machine; {@code onHoldReason} only when {@code to} is ON_HOLD. */
  record StatusChanged(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      @NotNull(message = "{event.from.required}") WorkOrderStatus from,
      @NotNull(message = "{event.to.required}") WorkOrderStatus to,
      OnHoldReason onHoldReason,
      @Size(max = 2000, message = "{event.comment.size}") String comment,
      @Valid GeoPoint position) implements WorkOrderEvent {
    /** A move without the device's position (office moves, older entries). */
    public StatusChanged(UUID id, UUID workOrderId, UUID actorId, String deviceId, Instant occurredAt,
        Instant recordedAt, WorkOrderStatus from, WorkOrderStatus to, OnHoldReason onHoldReason, String comment) {
      this(id, workOrderId, actorId, deviceId, occurredAt, recordedAt, from, to, onHoldReason, comment, null);
    }

    @Override
    public List<RuleBreach> ruleBreaches() {
      return Rules.check()
          .include(WorkOrderEvent.super.ruleBreaches())
          .when(from != null && to != null, () -> from != to, "to", "event.status.unchanged")
          .when(to == WorkOrderStatus.ON_HOLD, () -> onHoldReason != null, "onHoldReason", "workorder.onHoldReason.required")
          .when(to != WorkOrderStatus.ON_HOLD, () -> onHoldReason == null, "onHoldReason", "workorder.onHoldReason.notOnHold")
          .breaches();
    }
  }

  /** Assigned or reassigned; {@code previousAssigneeId} is null for a first assignment. */
  record Assigned(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      UUID previousAssigneeId,
      @NotNull(message = "{event.assignee.required}") UUID assigneeId) implements WorkOrderEvent {
    @Override
    public List<RuleBreach> ruleBreaches() {
      return Rules.check()
          .include(WorkOrderEvent.super.ruleBreaches())
          .when(assigneeId != null, () -> !assigneeId.equals(previousAssigneeId), "assigneeId", "event.assignee.unchanged")
          .breaches();
    }
  }

  record PriorityChanged(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      @NotNull(message = "{event.from.required}") Priority from,
      @NotNull(message = "{event.to.required}") Priority to,
      @Size(max = 2000, message = "{event.comment.size}") String comment) implements WorkOrderEvent {
    @Override
    public List<RuleBreach> ruleBreaches() {
      return Rules.check()
          .include(WorkOrderEvent.super.ruleBreaches())
          .when(from != null && to != null, () -> from != to, "to", "event.priority.unchanged")
          .breaches();
    }
  }

  /** Points at the {@link Note}; the text itself lives there. */
  record NoteAdded(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      @NotNull(message = "{event.note.required}") UUID noteId) implements WorkOrderEvent {}

  /**
   * A plain field changed (problem, schedule, contact...). Values as display text; {@code lostTo}
   * is set when this edit lost a per-field conflict to another edit, so its author can be told.
   */
  record FieldEdited(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      @NotBlank(message = "{event.field.required}") @Size(max = 64, message = "{event.field.size}") String field,
      @Size(max = 4000, message = "{event.value.size}") String oldValue,
      @Size(max = 4000, message = "{event.value.size}") String newValue,
      UUID lostTo) implements WorkOrderEvent {}

  /** The server gave the work order its human-readable number. */
  record NumberAssigned(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      @NotNull(message = "{workorder.number.required}")
      @jakarta.validation.constraints.Pattern(regexp = WorkOrder.NUMBER_PATTERN, message = "{workorder.number.format}")
      String number) implements WorkOrderEvent {}

  /**
   * An SLA escalation level fired.
   *
   * @param milestone {@code RESPONSE}, {@code ONSITE} or {@code RESOLUTION} (names of {@code com.fieldops.sla})
   * @param level     e.g. {@code WARNING}, {@code BREACH}, {@code BREACH_PLUS_60}
   * @param action    what was done, e.g. {@code NOTIFY_SUPERVISOR}, {@code RAISE_PRIORITY}
   * @param dueAt     the due instant of the milestone at the time it fired
   */
  record EscalationFired(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      @NotBlank(message = "{event.milestone.required}") @Size(max = 32, message = "{event.milestone.size}") String milestone,
      @NotBlank(message = "{event.level.required}") @Size(max = 32, message = "{event.level.size}") String level,
      @Size(max = 64, message = "{event.action.size}") String action,
      Instant dueAt,
      @Min(value = 0, message = "{event.minutesLate.min}") long minutesLate) implements WorkOrderEvent {}

  /** A fired escalation that a late-arriving event disproved; shown, never deleted. */
  record EscalationWithdrawn(
      @NotNull(message = "{id.required}") UUID id,
      @NotNull(message = "{event.workOrder.required}") UUID workOrderId,
      UUID actorId,
      @NotBlank(message = "{event.device.required}") @Size(max = 128, message = "{event.device.size}") String deviceId,
      @NotNull(message = "{event.occurredAt.required}") Instant occurredAt,
      @NotNull(message = "{event.recordedAt.required}") Instant recordedAt,
      @NotNull(message = "{event.escalation.required}") UUID escalationEventId,
      @Size(max = 2000, message = "{event.comment.size}") String reason) implements WorkOrderEvent {}
}
