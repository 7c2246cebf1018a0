package com.fieldops.equipment.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.PlanTime;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Preventive maintenance: a visit (a work order of {@code workOrderType}) every {@code every}
 * days, weeks, months or meter units, for one machine or for every machine of its model in its
 * region ({@link PlanScope}). The server generates the visits a horizon ahead (decision 0020).
 *
 * @param equipmentId     the machine (scope MACHINE), or the reference machine whose manufacturer,
 *                        model and region the plan covers (scope MODEL)
 * @param region          the region of the machine's site; set by the rules when the plan is saved
 * @param manufacturer    the reference machine's manufacturer; set by the rules
 * @param model           the reference machine's model; set by the rules
 * @param startsOn        calendar plans: the first visit's due date, later ones on the grid from it;
 *                        meter plans: the day the plan counts from
 * @param meterStart      meter plans: the reading counting starts from (visits at +every, +2·every...);
 *                        null = 0
 * @param meterUnit       meter plans: the meter's unit (h, kWh...), as the readings give it
 * @param expectedMinutes how long a visit is planned for (its scheduled window)
 * @param checklistTemplateId the checklist a generated job gets (optional)
 * @param waitForPrevious the next visit is planned only once the previous one is finished, and counts
 *                        from the day it was finished
 */
@CrossFieldRules
public record MaintenancePlan(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{plan.equipment.required}") UUID equipmentId,
    @NotNull(message = "{plan.scope.required}") PlanScope scope,
    @Size(max = 64, message = "{region.size}") String region,
    @Size(max = 100, message = "{equipment.manufacturer.size}") String manufacturer,
    @Size(max = 100, message = "{equipment.model.size}") String model,
    @NotBlank(message = "{plan.name.required}") @Size(max = 200, message = "{plan.name.size}") String name,
    @NotNull(message = "{plan.interval.required}") PlanInterval interval,
    @Min(value = 1, message = "{plan.every.positive}") @Max(value = 1_000_000, message = "{plan.every.max}") int every,
    @Size(max = 16, message = "{meterreading.unit.size}") String meterUnit,
    @DecimalMin(value = "0", message = "{plan.meterStart.negative}")
    @Digits(integer = 12, fraction = 3, message = "{meterreading.value.digits}") BigDecimal meterStart,
    @NotNull(message = "{workorder.type.required}") WorkOrderType workOrderType,
    @NotNull(message = "{workorder.priority.required}") Priority priority,
    @Size(max = 64, message = "{workorder.requiredSkill.size}") String requiredSkill,
    @Min(value = 5, message = "{plan.expectedMinutes.range}") @Max(value = 1440, message = "{plan.expectedMinutes.range}") int expectedMinutes,
    UUID checklistTemplateId,
    @NotNull(message = "{plan.startsOn.required}") @PlanTime(message = "{plan.startsOn.window}") LocalDate startsOn,
    boolean waitForPrevious,
    boolean active) implements CrossFieldChecked {

  /** The plan as the rules store it: covering the reference machine's region and model. */
  public MaintenancePlan targeting(String newRegion, String newManufacturer, String newModel) {
    return new MaintenancePlan(id, equipmentId, scope, newRegion, newManufacturer, newModel, name, interval, every,
        meterUnit, meterStart, workOrderType, priority, requiredSkill, expectedMinutes, checklistTemplateId, startsOn,
        waitForPrevious, active);
  }

  /** Whether the plan covers {@code machine} at a site of {@code siteRegion}. */
  public boolean covers(Equipment machine, String siteRegion) {
    if (scope == PlanScope.MACHINE) {
      return equipmentId.equals(machine.id());
    }
    return java.util.Objects.equals(region, siteRegion) && java.util.Objects.equals(manufacturer, machine.manufacturer())
        && java.util.Objects.equals(model, machine.model());
  }

  /** The reading counting starts from. */
  public BigDecimal meterBase() {
    return meterStart == null ? BigDecimal.ZERO : meterStart;
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(interval == PlanInterval.METER, () -> meterUnit != null && !meterUnit.isBlank(), "meterUnit",
            "plan.meterUnit.required")
        .breaches();
  }
}
