package com.fieldops.workorder.workflow;

/** Machine-readable reason of a refused move (the server maps these to API error codes). */
public enum RefusalReason {
  /** from = to and it is not a reassignment. */
  UNCHANGED,
  /** The work order is CLOSED or CANCELLED: nothing moves it any more. */
  FINISHED,
  /** The lifecycle has no such move (e.g. NEW → ON_SITE). */
  NO_SUCH_MOVE,
  /** The move exists, but this role may not make it. */
  ROLE_NOT_ALLOWED,
  /** A technician tried to move somebody else's job. */
  NOT_YOUR_JOB
}
