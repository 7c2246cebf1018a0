package com.fieldops.equipment.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Preventive maintenance: every {@code intervalDays} a work order of {@code workOrderType} is
 * created {@code leadDays} before {@code nextDueOn}.
 */
@CrossFieldRules
public record MaintenancePlan(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{plan.equipment.required}") UUID equipmentId,
    @NotBlank(message = "{plan.name.required}") @Size(max = 200, message = "{plan.name.size}") String name,
    @Min(value = 1, message = "{plan.interval.range}") @Max(value = 3660, message = "{plan.interval.range}") int intervalDays,
    @Min(value = 0, message = "{plan.leadDays.range}") @Max(value = 90, message = "{plan.leadDays.range}") int leadDays,
    @NotNull(message = "{workorder.type.required}") WorkOrderType workOrderType,
    @NotNull(message = "{workorder.priority.required}") Priority priority,
    @Size(max = 64, message = "{workorder.requiredSkill.size}") String requiredSkill,
    @NotNull(message = "{plan.startsOn.required}") LocalDate startsOn,
    LocalDate lastDoneOn,
    @NotNull(message = "{plan.nextDueOn.required}") LocalDate nextDueOn,
    boolean active) implements CrossFieldChecked {

  /** The day to create the next preventive work order. */
  public LocalDate createOn() {
    return nextDueOn.minusDays(leadDays);
  }

  /** The plan after the job due on {@code nextDueOn} was done on {@code doneOn}. */
  public MaintenancePlan doneOn(LocalDate doneOn) {
    return new MaintenancePlan(id, equipmentId, name, intervalDays, leadDays, workOrderType, priority, requiredSkill,
        startsOn, doneOn, doneOn.plusDays(intervalDays), active);
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(startsOn != null && nextDueOn != null, () -> !nextDueOn.isBefore(startsOn), "nextDueOn",
            "plan.nextDueOn.beforeStart")
        .require(leadDays < intervalDays, "leadDays", "plan.leadDays.longerThanInterval")
        .breaches();
  }
}
