package com.fieldops.desktop.admin;

import com.fieldops.desktop.i18n.Messages;
import com.fieldops.replica.sync.AdminApi;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Waiting for an admin API call inside a background task, and the sentence for a failure. */
final class ServerCalls {
  /** Longer than the replica's own request timeout: the call's own failure comes first. */
  static final long TIMEOUT_SECONDS = 90;

  private ServerCalls() {}

  /** The answer, or the call's own failure (the server's refusal as {@link AdminApi.AdminApiException}). */
  static <T> T await(CompletableFuture<T> call) throws Exception {
    try {
      return call.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** What a person reads: the server's message when it refused, else that it could not be reached. */
  static String message(Messages msg, Throwable e) {
    if (e instanceof AdminApi.AdminApiException refused && refused.getMessage() != null) {
      return refused.getMessage();
    }
    if (e instanceof java.io.IOException || e instanceof java.util.concurrent.TimeoutException
        || e instanceof java.io.UncheckedIOException) {
      return msg.text("admin.error.unreachable");
    }
    return msg.text("common.error.unexpected", e.getClass().getSimpleName());
  }
}
