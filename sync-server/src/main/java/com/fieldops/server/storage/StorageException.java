package com.fieldops.server.storage;

/** A database failure the caller cannot fix: logged in full, answered with a generic 500. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
