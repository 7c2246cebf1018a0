package com.fieldops.workorder.mutation;

import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.common.validation.PlanTime;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A new work order; its id is the envelope's {@code entityId}. The region comes from the site;
 * the number is given by the server. With {@code assigneeId} it starts ASSIGNED, else NEW.
 * {@code requiredSkillLevel} (1-5, optional) needs a {@code requiredSkill}. The job gets the
 * checklists of the matching templates, and of {@code checklistTemplateId} when given (a
 * maintenance plan names its template).
 */
public record CreateWorkOrder(
    @NotNull(message = "{workorder.customer.required}") UUID customerId,
    @NotNull(message = "{workorder.site.required}") UUID siteId,
    UUID contactId,
    UUID equipmentId,
    @NotNull(message = "{workorder.type.required}") WorkOrderType type,
    @NotNull(message = "{workorder.priority.required}") Priority priority,
    @Size(max = 64, message = "{workorder.requiredSkill.size}") String requiredSkill,
    @NotBlank(message = "{workorder.problem.required}") @Size(max = 4000, message = "{workorder.problem.size}") String problem,
    @PlanTime(message = "{workorder.scheduledStart.window}") Instant scheduledStart,
    @PlanTime(message = "{workorder.scheduledEnd.window}") Instant scheduledEnd,
    UUID assigneeId,
    @Min(value = 1, message = "{workorder.requiredSkillLevel.range}")
    @Max(value = 5, message = "{workorder.requiredSkillLevel.range}") Integer requiredSkillLevel,
    UUID checklistTemplateId) {

  /** Without a required skill level or a named checklist, as consoles before them sent. */
  public CreateWorkOrder(UUID customerId, UUID siteId, UUID contactId, UUID equipmentId, WorkOrderType type,
      Priority priority, String requiredSkill, String problem, Instant scheduledStart, Instant scheduledEnd,
      UUID assigneeId) {
    this(customerId, siteId, contactId, equipmentId, type, priority, requiredSkill, problem, scheduledStart,
        scheduledEnd, assigneeId, null, null);
  }

  /** With a required skill level (any level of the skill will do when null). */
  public CreateWorkOrder(UUID customerId, UUID siteId, UUID contactId, UUID equipmentId, WorkOrderType type,
      Priority priority, String requiredSkill, String problem, Instant scheduledStart, Instant scheduledEnd,
      UUID assigneeId, Integer requiredSkillLevel) {
    this(customerId, siteId, contactId, equipmentId, type, priority, requiredSkill, problem, scheduledStart,
        scheduledEnd, assigneeId, requiredSkillLevel, null);
  }

  /** A job that also gets the checklist of {@code checklistTemplateId} (a maintenance plan's). */
  public CreateWorkOrder(UUID customerId, UUID siteId, UUID contactId, UUID equipmentId, WorkOrderType type,
      Priority priority, String requiredSkill, String problem, Instant scheduledStart, Instant scheduledEnd,
      UUID assigneeId, UUID checklistTemplateId) {
    this(customerId, siteId, contactId, equipmentId, type, priority, requiredSkill, problem, scheduledStart,
        scheduledEnd, assigneeId, null, checklistTemplateId);
  }
}
