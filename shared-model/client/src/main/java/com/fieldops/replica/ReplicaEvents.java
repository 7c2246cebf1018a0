package com.fieldops.replica;

import com.fieldops.replica.store.Touched;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replica's listeners, called on one replica thread of their own: never on the engine's (which
 * must not block) nor on the caller's (the UI's).
 */
final class ReplicaEvents {
  private static final Logger LOG = LoggerFactory.getLogger(ReplicaEvents.class);

  private record DataSubscriber(Set<String> types, DataChangeListener listener) {}

  private final Supplier<SyncStatus> status;
  private final ExecutorService notifier;
  private final List<DataSubscriber> dataListeners = new CopyOnWriteArrayList<>();
  private final List<SyncStatusListener> statusListeners = new CopyOnWriteArrayList<>();

  ReplicaEvents(Supplier<SyncStatus> status) {
    this.status = status;
    this.notifier = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fieldops-replica-events");
      t.setDaemon(true);
      return t;
    });
  }

  Subscription onDataChanged(Set<String> entityTypes, DataChangeListener listener) {
    DataSubscriber s = new DataSubscriber(entityTypes == null ? Set.of() : Set.copyOf(entityTypes), listener);
    dataListeners.add(s);
    return () -> dataListeners.remove(s);
  }

  Subscription onSyncStatus(SyncStatusListener listener) {
    statusListeners.add(listener);
    return () -> statusListeners.remove(listener);
  }

  void dataChanged(Touched touched, DataChange.Cause cause) {
    if (touched.isEmpty() || dataListeners.isEmpty()) {
      return;
    }
    DataChange change = new DataChange(touched.types(), touched.ids(), cause);
    for (DataSubscriber s : dataListeners) {
      if (s.types().isEmpty() || s.types().stream().anyMatch(change.entityTypes()::contains)) {
        notify(() -> s.listener().dataChanged(change));
      }
    }
  }

  void statusChanged() {
    if (statusListeners.isEmpty()) {
      return;
    }
    notify(() -> {
      SyncStatus snapshot = status.get(); // built on the notifier thread: never on the engine's or the UI's
      for (SyncStatusListener l : statusListeners) {
        l.syncStatusChanged(snapshot);
      }
    });
  }

  private void notify(Runnable r) {
    try {
      notifier.execute(() -> {
        try {
          r.run();
        } catch (RuntimeException e) {
          LOG.error("A replica listener failed", e);
        }
      });
    } catch (RejectedExecutionException closing) {
      // closed: nobody to tell
    }
  }

  void close() {
    notifier.shutdown();
    try {
      notifier.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
