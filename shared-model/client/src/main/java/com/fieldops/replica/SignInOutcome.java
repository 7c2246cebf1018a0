package com.fieldops.replica;

public sealed interface SignInOutcome {
  record SignedIn(ReplicaUser user) implements SignInOutcome {}

  /** @param message readable, from the server or the replica's bundle */
  record Failed(String code, String message) implements SignInOutcome {}
}
