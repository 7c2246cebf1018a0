package com.fieldops.replica.sync;

/** What the engine knows about the server right now. */
public enum Connectivity {
  /** Not signed in (or the session expired and could not be renewed): sign in to sync. */
  SIGNED_OUT,
  /** The last contact with the server worked. */
  ONLINE,
  /** The server could not be reached; local work continues and is pushed later. */
  OFFLINE
}
