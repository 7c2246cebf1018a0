package com.fieldops.replica;

import java.util.Set;
import java.util.UUID;

/**
 * What changed in the local view.
 *
 * @param entityTypes the entity types touched (see {@link EntityTypes})
 * @param entityIds   the ids touched; may be large after a bootstrap
 * @param cause       why it changed
 */
public record DataChange(Set<String> entityTypes, Set<UUID> entityIds, Cause cause) {
  public enum Cause {
    /** A command of this user was recorded (optimistic local effect). */
    LOCAL_COMMAND,
    /** Changes came from the server (and pending mutations were replayed on top). */
    PULL,
    /** A pending mutation was rejected, dismissed or retried: its local effect was undone or redone. */
    REJECTION
  }

  public boolean touches(String entityType) {
    return entityTypes.contains(entityType);
  }

  public boolean touches(UUID id) {
    return entityIds.contains(id);
  }
}
