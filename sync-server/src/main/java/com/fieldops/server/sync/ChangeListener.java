package com.fieldops.server.sync;

/** Told after a transaction that appended to the change log has committed. */
@FunctionalInterface
public interface ChangeListener {
  void committed(long lastSeq);
}
