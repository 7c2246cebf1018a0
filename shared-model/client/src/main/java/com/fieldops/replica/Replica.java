package com.fieldops.replica;

/**
 * One user's replica on one device: queries over the local view, commands that record
 * mutations, change listeners, and the sync engine's controls and status.
 *
 * <p>Thread-safe. Queries and commands touch only the local SQLite file (no network) and return
 * quickly; for a dispatcher's 100k-work-order scope run list queries off the UI thread. All network
 * work runs on the replica's own background threads; listeners are called on a replica thread,
 * never on the caller's.
 */
public interface Replica extends ReplicaQueries, ReplicaCommands, SyncControl, AutoCloseable {

  /**
   * Calls {@code listener} (on a replica thread) after local data of the given entity types
   * changed, by a command of this user or by a pull. Empty {@code entityTypes} = every type.
   * See {@link EntityTypes} for the names.
   */
  Subscription onDataChanged(java.util.Set<String> entityTypes, DataChangeListener listener);

  /** Stops the sync engine and closes the local database. Pending mutations stay in the outbox. */
  @Override
  void close();
}
