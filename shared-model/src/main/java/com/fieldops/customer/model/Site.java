package com.fieldops.customer.model;

import com.fieldops.common.GeoPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A place where the customer has equipment and where technicians go.
 *
 * @param timeZone the IANA zone: business hours, SLA calendars and report times use it
 * @param region   the service region (dispatch area) the site belongs to
 */
public record Site(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{site.customer.required}") UUID customerId,
    @NotBlank(message = "{site.name.required}") @Size(max = 200, message = "{site.name.size}") String name,
    @NotNull(message = "{site.address.required}") @Valid Address address,
    @NotNull(message = "{site.timeZone.required}") ZoneId timeZone,
    @Valid GeoPoint location,
    @NotBlank(message = "{region.required}") @Size(max = 64, message = "{region.size}") String region,
    @Size(max = 2000, message = "{site.accessNotes.size}") String accessNotes) {}
