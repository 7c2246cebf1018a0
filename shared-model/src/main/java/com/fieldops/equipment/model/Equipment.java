package com.fieldops.equipment.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A serviced machine at a site (boiler, chiller, lift, printer...). */
@CrossFieldRules
public record Equipment(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{equipment.customer.required}") UUID customerId,
    @NotNull(message = "{equipment.site.required}") UUID siteId,
    @NotBlank(message = "{equipment.serialNumber.required}") @Size(max = 64, message = "{serialNumber.size}") String serialNumber,
    @NotBlank(message = "{equipment.manufacturer.required}") @Size(max = 100, message = "{equipment.manufacturer.size}") String manufacturer,
    @NotBlank(message = "{equipment.model.required}") @Size(max = 100, message = "{equipment.model.size}") String model,
    @Size(max = 64, message = "{equipment.category.size}") String category,
    LocalDate installDate,
    LocalDate warrantyEnd,
    @NotNull(message = "{equipment.status.required}") EquipmentStatus status) implements CrossFieldChecked {

  public boolean underWarrantyOn(LocalDate day) {
    return warrantyEnd != null && !day.isAfter(warrantyEnd) && (installDate == null || !day.isBefore(installDate));
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(installDate != null && warrantyEnd != null, () -> !warrantyEnd.isBefore(installDate), "warrantyEnd",
            "equipment.warrantyEnd.beforeInstall")
        .breaches();
  }
}
