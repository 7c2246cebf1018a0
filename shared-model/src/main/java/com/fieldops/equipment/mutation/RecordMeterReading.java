package com.fieldops.equipment.mutation;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A meter reading of the machine named by the envelope's {@code entityId} (operating hours, kWh...),
 * taken on site by the technician of a job on it ({@code workOrderId}) or entered by its office.
 * The envelope's {@code recordedAt} is when it was read.
 */
public record RecordMeterReading(
    @NotNull(message = "{meterreading.value.required}") @DecimalMin(value = "0", message = "{meterreading.value.negative}")
    @Digits(integer = 12, fraction = 3, message = "{meterreading.value.digits}") BigDecimal value,
    @NotBlank(message = "{meterreading.unit.required}") @Size(max = 16, message = "{meterreading.unit.size}") String unit,
    UUID workOrderId,
    @Size(max = 500, message = "{meterreading.note.size}") String note) {}
