package com.fieldops.client.task;

import com.fieldops.replica.Replica;
import com.fieldops.replica.Subscription;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a screen's refresh on the UI thread when the replica's data of some types changes. A burst
 * of changes (a pull of many pages) waiting for the UI thread makes one refresh, not one each;
 * nothing runs after {@link #close}.
 */
public final class LiveRefresh implements AutoCloseable {
  private final AtomicBoolean queued = new AtomicBoolean();
  private final Subscription subscription;
  private volatile boolean closed;

  public LiveRefresh(Replica replica, TaskRunner tasks, Set<String> entityTypes, Runnable refresh) {
    this.subscription = replica.onDataChanged(entityTypes, change -> {
      if (!closed && queued.compareAndSet(false, true)) {
        tasks.onUi(() -> {
          queued.set(false);
          if (!closed) {
            refresh.run();
          }
        });
      }
    });
  }

  @Override
  public void close() {
    closed = true;
    subscription.close();
  }
}
