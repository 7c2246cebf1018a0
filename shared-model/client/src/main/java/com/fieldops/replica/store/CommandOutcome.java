package com.fieldops.replica.store;

import java.util.UUID;

/** The result of a command: recorded in the outbox, or refused with a reason a person can read. */
public sealed interface CommandOutcome {

  /** @param entityId the entity the mutation is about (the new id for a create) */
  record Recorded(UUID mutationId, UUID entityId) implements CommandOutcome {}

  /** Nothing changed. {@code field} names the offending field when one is to blame. */
  record Refused(String code, String field, String message) implements CommandOutcome {}

  default boolean isRecorded() {
    return this instanceof Recorded;
  }
}
