package com.fieldops.replica;

/** Opens replicas. */
public final class Replicas {
  private Replicas() {}

  /**
   * Opens (creating or upgrading) the local database and returns the replica. Syncing starts with
   * {@link Replica#signIn} or {@link Replica#start()} (with a session kept from last time).
   */
  public static Replica open(ReplicaConfig config) {
    return com.fieldops.replica.LocalReplica.open(config);
  }
}
