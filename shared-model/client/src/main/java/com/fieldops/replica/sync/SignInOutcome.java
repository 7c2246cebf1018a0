package com.fieldops.replica.sync;

import com.fieldops.replica.store.ReplicaUser;

/** How a sign-in ended: signed in as a user, or failed with a reason a person can read. */
public sealed interface SignInOutcome {
  record SignedIn(ReplicaUser user) implements SignInOutcome {}

  /** @param message readable, from the server or the replica's bundle */
  record Failed(String code, String message) implements SignInOutcome {}
}
