package com.fieldops.workorder.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A part used on a job, taken from a stock location (usually the technician's van); append-only.
 * A serialized part is used one at a time with its serial number.
 */
@CrossFieldRules
public record PartUsage(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{partusage.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{partusage.part.required}") UUID partId,
    @NotNull(message = "{partusage.location.required}") UUID stockLocationId,
    @Min(value = 1, message = "{quantity.min}") @Max(value = 9999, message = "{quantity.max}") int quantity,
    @Size(max = 64, message = "{serialNumber.size}") String serialNumber,
    @NotNull(message = "{partusage.usedBy.required}") UUID usedBy,
    @NotNull(message = "{partusage.usedAt.required}") Instant usedAt) implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(serialNumber != null, () -> quantity == 1, "quantity", "serialNumber.quantityOne")
        .breaches();
  }
}
