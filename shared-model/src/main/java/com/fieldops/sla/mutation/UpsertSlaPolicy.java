package com.fieldops.sla.mutation;

import com.fieldops.sla.SlaPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Creates or replaces an SLA policy as a whole (admins only); its id must be the envelope's
 * {@code entityId}. Validation messages name the field, e.g. {@code policy.calendar.zone}.
 * Open clocks under the policy are recomputed by the server when it changes.
 */
public record UpsertSlaPolicy(@NotNull(message = "{protocol.upsert.record.required}") @Valid SlaPolicy policy) {}
