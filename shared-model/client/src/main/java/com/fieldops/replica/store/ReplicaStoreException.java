package com.fieldops.replica.store;

/** The local database failed (disk full, file locked by another app instance, corrupt file). */
public class ReplicaStoreException extends RuntimeException {
  public ReplicaStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
