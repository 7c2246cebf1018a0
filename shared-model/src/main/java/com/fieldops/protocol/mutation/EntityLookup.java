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
   * Every record of {@code type} whose top-level {@code field} holds {@code value} (a UUID, an enum
   * constant or a string, compared as its JSON text), in id order: "the readings of this machine",
   * "the open jobs on this machine". Only the pairs of {@link LookupFields} may be asked: each is
   * indexed on the server (SQLite and PostgreSQL) and in the replica, so the answer stays fast on big
   * stores. The server's answer includes what earlier mutations of the same batch wrote.
   */
  default <T> List<T> findAllBy(Class<T> type, String field, Object value) {
    throw new UnsupportedOperationException("this lookup finds by id only: " + type.getSimpleName() + "." + field);
  }
}
