package com.fieldops.replica.store;

public enum OutboxState {
  /** Recorded here, no server result stored yet: pushed (again) until one is. */
  PENDING,
  /** The server applied it; kept (and replayed) until the pull that brings its effect completes. */
  APPLIED,
  /** The server refused it; kept until the user dismisses or retries it. Not replayed. */
  REJECTED
}
