package com.fieldops.protocol.mutation;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything a mutation function may look at besides its payload.
 *
 * @param mutationId the client-made id; ids of records the function creates derive from it
 *                   ({@link DerivedIds}) so server and replica produce the same records
 * @param entityId   the entity the mutation is about (the work order, or the record upserted)
 * @param occurredAt when the action happened: the device time, bounded by the caller to not after
 *                   the moment the server (or replica) received it
 * @param now        the receiving side's clock reading (the server's receive time)
 */
public record MutationContext(UUID mutationId, UUID entityId, Long baseVersion, Actor actor, String deviceId,
    Instant occurredAt, Instant now, EntityLookup lookup) {

  /** The {@code n}-th id this mutation creates, the same wherever it is applied. */
  public UUID derivedId(int n) {
    return DerivedIds.of(mutationId, n);
  }
}
