package com.fieldops.server.sync;

import com.fieldops.server.storage.StoredEntity;

/** An entity as the applying transaction knows it: stored row plus its parsed record (lazily). */
final class PendingEntity {
  final StoredEntity stored;
  Object value;
  boolean dirty;

  PendingEntity(StoredEntity stored, Object value, boolean dirty) {
    this.stored = stored;
    this.value = value;
    this.dirty = dirty;
  }
}
