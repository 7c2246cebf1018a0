package com.fieldops.replica;

import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.sync.SignInOutcome;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The sync engine as the UI sees it. Every method returns at once; the work runs on background threads. */
public interface SyncControl {

  /**
   * Signs in (or again, after the session expired) and starts syncing. Completes with the
   * outcome; the password is not kept. A replica belongs to one user: signing in as another
   * user completes with {@link SignInOutcome.Failed}.
   */
  CompletableFuture<SignInOutcome> signIn(String username, char[] password);

  /** Signs out on the server (if reachable) and stops syncing; the outbox is kept for the next sign-in. */
  CompletableFuture<Void> signOut();

  /** Starts the background sync with the stored session, if any (e.g. at app start). */
  void start();

  /**
   * The app went to the background ({@code false}) or came back ({@code true}). In the background the
   * live event stream and the polling stop, so a phone in a pocket spends no battery on them; the
   * outbox and the session stay. Back in the foreground both resume and a sync runs at once.
   */
  default void foreground(boolean inForeground) {
  }

  /** Asks for a sync as soon as possible (push, then pull), e.g. after "pull to refresh". */
  void syncNow();

  /** The current status snapshot. */
  SyncStatus syncStatus();

  /** Called (on a replica thread) with every new status snapshot. */
  Subscription onSyncStatus(SyncStatusListener listener);

  /** Forgets a rejected mutation: the user has read it. Its local effect is already undone. */
  void dismissRejection(UUID mutationId);

  /**
   * Records the rejected action again as a new mutation against the current local view (e.g.
   * after the user fixed what blocked it). Refused if it still cannot apply locally; the rejection
   * then stays.
   */
  CommandOutcome retryRejection(UUID mutationId);
}
