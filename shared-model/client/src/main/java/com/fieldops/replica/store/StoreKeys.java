package com.fieldops.replica.store;

/** Keys of the replica's small settings table ({@code sync_state}). */
public final class StoreKeys {
  public static final String CURSOR = "pull.cursor";
  public static final String DEVICE_ID = "device.id";
  /** The signed-in user, as JSON of {@code ReplicaUser}. */
  public static final String USER = "user";
  public static final String TOKEN = "session.token";
  public static final String TOKEN_EXPIRES = "session.expiresAt";
  public static final String TOKEN_ISSUED = "session.issuedAt";
  public static final String LAST_SYNC = "sync.lastSuccess";
  /** Set while the whole scope is arriving from cursor 0: the log position it goes up to (0 unknown). */
  public static final String SCOPE_ARRIVING = "pull.scopeArrivingUntil";

  private StoreKeys() {}
}
