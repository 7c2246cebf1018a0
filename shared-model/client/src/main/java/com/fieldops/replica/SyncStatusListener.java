package com.fieldops.replica;

@FunctionalInterface
public interface SyncStatusListener {
  void syncStatusChanged(SyncStatus status);
}
