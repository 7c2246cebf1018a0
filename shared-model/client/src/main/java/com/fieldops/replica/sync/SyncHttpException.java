package com.fieldops.replica.sync;

import com.fieldops.protocol.ApiError;
import java.time.Duration;

/** The server answered with an error status. {@code error} is its JSON body if it had one. */
final class SyncHttpException extends Exception {
  final int status;
  final transient ApiError error;
  /** How long the server asked to wait before trying again ({@code Retry-After}), or zero. */
  final transient Duration retryAfter;

  SyncHttpException(int status, ApiError error) {
    this(status, error, Duration.ZERO);
  }

  SyncHttpException(int status, ApiError error, Duration retryAfter) {
    super("HTTP " + status + (error == null ? "" : ": " + error.code() + " " + error.message()));
    this.status = status;
    this.error = error;
    this.retryAfter = retryAfter;
  }

  /** {@code Retry-After} in seconds (the form this server sends); anything else counts as none. */
  static Duration retryAfter(String header) {
    if (header == null) {
      return Duration.ZERO;
    }
    try {
      return Duration.ofSeconds(Math.max(0, Math.min(Long.parseLong(header.trim()), 3600)));
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }

  /** The server's log ends before our cursor (it was restored from a backup): re-bootstrap. */
  boolean isCursorAhead() {
    return status == 409 && error != null && "CURSOR_AHEAD".equals(error.code());
  }

  boolean isUnauthorized() {
    return status == 401;
  }

  /** 4xx other than 401/408/429: retrying the same request will not help. */
  boolean isClientError() {
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
  }
}
