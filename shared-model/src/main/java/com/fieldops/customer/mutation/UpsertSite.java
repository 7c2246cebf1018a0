package com.fieldops.customer.mutation;

import com.fieldops.customer.model.Site;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Creates or replaces a site record as a whole; its id must be the envelope's {@code entityId}. */
public record UpsertSite(@NotNull(message = "{protocol.upsert.record.required}") @Valid Site site) {}
