package com.fieldops.protocol.mutation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to current state for a mutation function: the server's database inside the
 * applying transaction, or the client's replica. Types are the model records
 * ({@code WorkOrder.class}, {@code Site.class}, {@code StockLocation.class}...).
 */
@FunctionalInterface
public interface EntityLookup {
  <T> Optional<T> find(Class<T> type, UUID id);

  /**
   * Every record of {@code type} whose top-level reference {@code field} equals {@code value} (the
   * movements into or out of a location, for what is on hand there), including what earlier
   * mutations of the same batch wrote. A lookup that cannot query says so by throwing.
   */
  default <T> List<T> findAllBy(Class<T> type, String field, UUID value) {
    throw new UnsupportedOperationException("this lookup finds records by id only");
  }
}
