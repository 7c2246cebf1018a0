package com.fieldops.sla;

import java.time.Instant;

/**
 * When a warning threshold is (or was) reached. {@code at} is null while it cannot be known
 * (clock paused before reaching it) or when it never will be (milestone reached first).
 */
public record WarningInstant(double threshold, Instant at) {
}
