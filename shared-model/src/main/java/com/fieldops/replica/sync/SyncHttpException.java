package com.fieldops.replica.sync;

import com.fieldops.protocol.ApiError;

/** The server answered with an error status. {@code error} is its JSON body if it had one. */
final class SyncHttpException extends Exception {
  final int status;
  final transient ApiError error;

  SyncHttpException(int status, ApiError error) {
    super("HTTP " + status + (error == null ? "" : ": " + error.code() + " " + error.message()));
    this.status = status;
    this.error = error;
  }

  boolean isUnauthorized() {
    return status == 401;
  }

  /** The server is up but cannot do its work now (503) and said why, in the user's language. */
  boolean isUnavailable() {
    return status == 503 && error != null && error.message() != null && !error.message().isBlank();
  }

  /** 4xx other than 401/408/429: retrying the same request will not help. */
  boolean isClientError() {
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
  }
}
