package com.fieldops.protocol.mutation;

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
}
