package com.fieldops.report.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record PartLine(
    @NotNull(message = "{part.sku.required}") String sku,
    @NotBlank(message = "{part.name.required}") String name,
    @Min(value = 1, message = "{quantity.min}") int quantity,
    String serialNumber) {}
