package com.fieldops.stock.model;

import com.fieldops.common.Money;
import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An item of the parts catalogue.
 *
 * @param serialized each unit has its own serial number and is tracked one by one
 * @param unit       unit of measure for display, e.g. {@code pcs}, {@code m}
 */
@CrossFieldRules
public record Part(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{part.sku.required}")
    @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{2,31}$", message = "{part.sku.format}") String sku,
    @NotBlank(message = "{part.name.required}") @Size(max = 200, message = "{part.name.size}") String name,
    @Size(max = 2000, message = "{part.description.size}") String description,
    boolean serialized,
    @NotNull(message = "{part.cost.required}") @Valid Money cost,
    @NotNull(message = "{part.price.required}") @Valid Money price,
    @NotBlank(message = "{part.unit.required}") @Size(max = 16, message = "{part.unit.size}") String unit) implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(cost != null, () -> !cost.negative(), "cost", "part.cost.negative")
        .when(price != null, () -> !price.negative(), "price", "part.price.negative")
        .when(cost != null && price != null && cost.currency() != null,
            () -> cost.currency().equals(price.currency()), "price", "part.price.currency")
        .breaches();
  }
}
