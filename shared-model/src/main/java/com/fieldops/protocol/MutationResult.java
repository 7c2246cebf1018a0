package com.fieldops.protocol;

import java.util.UUID;

/**
 * The server's verdict on one mutation. A replay of the same mutation id returns the stored result.
 *
 * @param code   machine-readable reason when rejected (e.g. {@code TRANSITION_NOT_ALLOWED})
 * @param reason a sentence a person can read, in the caller's language
 * @param field  the offending field, when one is to blame
 */
public record MutationResult(UUID mutationId, MutationStatus status, String code, String reason, String field) {
  public static MutationResult applied(UUID id) {
    return new MutationResult(id, MutationStatus.APPLIED, null, null, null);
  }

  public static MutationResult rejected(UUID id, String code, String reason, String field) {
    return new MutationResult(id, MutationStatus.REJECTED, code, reason, field);
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isApplied() {
    return status == MutationStatus.APPLIED;
  }
}
