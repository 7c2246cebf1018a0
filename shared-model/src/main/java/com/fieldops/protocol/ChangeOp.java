package com.fieldops.protocol;

public enum ChangeOp {
  /** The entity (as a whole) is now {@code data}. */
  UPSERT,
  /** The entity left the caller's scope or was deleted: drop it from the replica. */
  REMOVE
}
