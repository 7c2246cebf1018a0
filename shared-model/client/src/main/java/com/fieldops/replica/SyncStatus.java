package com.fieldops.replica;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot for the status bar.
 *
 * @param connectivity       what the engine knows about the server right now
 * @param syncing            a push or pull is running
 * @param lastSuccessfulSync end of the last push+pull that fully succeeded, null if never
 * @param pendingCount       actions recorded here and not yet confirmed by the server, and photos not yet uploaded
 * @param rejected           actions the server refused, oldest first, kept until dismissed or retried
 * @param problem            a readable description of the last failure while offline, else null
 * @param nextAttemptAt      when the engine retries after a failure, else null
 * @param scopeArriving      after a first sign-in the whole scope (job history, parts catalogue, van stock) is
 *                           still arriving behind the working set: how far, in percent (0-99; -1 not known);
 *                           null once it is all held (docs/decisions/0031)
 */
public record SyncStatus(
    Connectivity connectivity,
    boolean syncing,
    Instant lastSuccessfulSync,
    int pendingCount,
    List<RejectedMutation> rejected,
    String problem,
    Instant nextAttemptAt,
    Integer scopeArriving) {

  public enum Connectivity {
    /** Not signed in (or the session expired and could not be renewed): sign in to sync. */
    SIGNED_OUT,
    /** The last contact with the server worked. */
    ONLINE,
    /** The server could not be reached; local work continues and is pushed later. */
    OFFLINE
  }

  public SyncStatus {
    rejected = List.copyOf(rejected);
  }

  /** A status with the whole scope held (nothing arriving). */
  public SyncStatus(Connectivity connectivity, boolean syncing, Instant lastSuccessfulSync, int pendingCount,
      List<RejectedMutation> rejected, String problem, Instant nextAttemptAt) {
    this(connectivity, syncing, lastSuccessfulSync, pendingCount, rejected, problem, nextAttemptAt, null);
  }
}
