package com.fieldops.replica;

import java.time.Instant;
import java.util.UUID;

/**
 * An action the server refused.
 *
 * @param action  what the user did, in words (e.g. "Change status of WO-2026-000123 to Completed")
 * @param code    machine-readable reason from the server (e.g. {@code TRANSITION_NOT_ALLOWED})
 * @param reason  the server's readable reason
 * @param field   the offending field, if any
 */
public record RejectedMutation(
    UUID mutationId, String mutationType, UUID entityId, String action, Instant recordedAt,
    String code, String reason, String field) {}
