package com.fieldops.sla.mutation;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Makes a policy the one that applies to work orders no service contract covers (admins only).
 * The envelope's {@code entityId} is {@link DefaultSlaPolicy#ID}.
 */
public record SetDefaultSlaPolicy(@NotNull(message = "{protocol.upsert.record.required}") UUID policyId) {}
