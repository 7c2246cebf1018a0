package com.fieldops.workorder.mutation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Ticks (or unticks, {@code done} false) one item of the job's checklist named by the envelope's
 * {@code entityId}: with the measured {@code value} for an item that asks for a value (in the item's
 * unit), the {@code note} for one that asks for a remark, neither for a plain item.
 */
public record TickChecklistItem(
    @NotNull(message = "{checklisttick.item.required}") UUID itemId,
    boolean done,
    @DecimalMin(value = "-1000000000", message = "{checklisttick.value.range}")
    @DecimalMax(value = "1000000000", message = "{checklisttick.value.range}")
    @Digits(integer = 10, fraction = 4, message = "{checklisttick.value.digits}") BigDecimal value,
    @Size(max = 500, message = "{checklist.item.answer.size}") String note) {}
