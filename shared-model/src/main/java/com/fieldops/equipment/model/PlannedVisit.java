package com.fieldops.equipment.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One visit a maintenance plan made: the link between the plan, the machine and the preventive
 * work order generated for it. Written once with the work order, never edited; its id derives from
 * (plan, machine, due date or meter threshold), so a visit exists at most once (decision 0020).
 *
 * @param dueOn          the day the visit is due (meter plans: the day the threshold was seen passed)
 * @param meterThreshold meter plans: the reading the visit is for; null for calendar plans
 */
public record PlannedVisit(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{plan.required}") UUID planId,
    @NotNull(message = "{plan.equipment.required}") UUID equipmentId,
    @NotNull(message = "{plan.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{plan.dueOn.required}") LocalDate dueOn,
    @DecimalMin(value = "0", message = "{plan.meterStart.negative}") BigDecimal meterThreshold,
    @NotNull(message = "{workorder.createdAt.required}") Instant createdAt) {}
