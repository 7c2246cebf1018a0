package com.fieldops.protocol.mutation;

import com.fieldops.model.customer.Site;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Creates or replaces a site record as a whole; its id must be the envelope's {@code entityId}. */
public record UpsertSite(@NotNull(message = "{protocol.upsert.record.required}") @Valid Site site) {}
