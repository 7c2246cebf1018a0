package com.fieldops.equipment.mutation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The server's own action: one visit of a maintenance plan on one machine becomes a preventive work
 * order (the envelope's {@code entityId}, derived from the visit) and its
 * {@link com.fieldops.equipment.model.PlannedVisit}. Only the System actor may send it.
 *
 * @param previousVisitId the plan's last visit on the machine when the generator decided, if any
 */
public record GeneratePlannedVisit(
    @NotNull(message = "{plan.required}") UUID planId,
    @NotNull(message = "{plan.equipment.required}") UUID equipmentId,
    @NotNull(message = "{plan.dueOn.required}") LocalDate dueOn,
    @DecimalMin(value = "0", message = "{plan.meterStart.negative}") BigDecimal meterThreshold,
    UUID previousVisitId) {}
