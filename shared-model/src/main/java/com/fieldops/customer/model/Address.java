package com.fieldops.customer.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A postal address; formatting per country is the UI's business. */
public record Address(
    @NotBlank(message = "{address.street.required}") @Size(max = 200, message = "{address.street.size}") String street,
    @Size(max = 20, message = "{address.postalCode.size}") String postalCode,
    @NotBlank(message = "{address.city.required}") @Size(max = 100, message = "{address.city.size}") String city,
    @Size(max = 100, message = "{address.region.size}") String region,
    @NotNull(message = "{address.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{address.country.format}") String countryCode) {}
