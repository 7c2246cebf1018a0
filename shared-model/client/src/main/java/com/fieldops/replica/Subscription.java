package com.fieldops.replica;

/** Returned by every subscribe method; {@link #close()} unsubscribes (idempotent). */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
  @Override
  void close();
}
