package com.fieldops.mobile.sync;

import com.fieldops.client.text.Messages;
import com.fieldops.replica.SyncStatus;

/**
 * The sync bar's line after a first sign-in: Today already shows the jobs (the working set), and
 * until the whole scope has arrived once the technician is told their job history and the parts
 * catalogue are still coming, with how far, or that they come with signal (docs/decisions/0031).
 */
final class ScopeArrivingLine {
  private ScopeArrivingLine() {}

  /** The line for {@code s}; empty once the whole scope is held. */
  static String of(SyncStatus s, Messages msg) {
    Integer percent = s.scopeArriving();
    if (percent == null) {
      return "";
    }
    if (s.connectivity() != SyncStatus.Connectivity.ONLINE) {
      return msg.text("sync.scopeWaiting", Math.max(0, percent));
    }
    return percent < 0 ? msg.text("sync.scopeArrivingStarted") : msg.text("sync.scopeArriving", percent);
  }
}
