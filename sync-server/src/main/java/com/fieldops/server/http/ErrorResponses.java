package com.fieldops.server.http;

import com.fieldops.common.json.Json;
import com.fieldops.common.validation.MessageBundles;
import com.fieldops.protocol.ApiError;
import com.fieldops.server.error.DomainException;
import com.fieldops.server.storage.StorageOutage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.Counter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One error shape for every failure, {@code {code, message, field?}}, in the caller's language.
 * The one place where a {@link DomainException} becomes an HTTP status (with Retry-After when the
 * refusal passes). Unexpected failures are logged in full for operators and answered with a generic 500.
 */
public final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  /** What a client is told to wait when the database is unavailable. */
  static final int UNAVAILABLE_RETRY_SECONDS = 5;

  private ErrorResponses() {}

  /** The HTTP status of a refusal. */
  public static int status(DomainException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case NOT_ACCEPTABLE -> 406;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_FORM -> 415;
      case BUSY -> 429;
    };
  }

  public static void install(Javalin app, long maxBodyBytes, Counter unavailable) {
    app.exception(DomainException.class, (e, ctx) -> {
      Locale locale = Locales.of(ctx);
      String message = e.text() != null ? e.text() : MessageBundles.format(locale, e.messageKey(), e.args().toArray());
      if (e.retryAfterSeconds() != null) {
        ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
      }
      int status = status(e.kind());
      if (status == 401) {
        ctx.header("WWW-Authenticate", "Bearer");
      }
      write(ctx, status, new ApiError(e.code(), message, e.field()));
    });
    app.exception(HttpResponseException.class, (e, ctx) -> {
      Locale locale = Locales.of(ctx);
      int status = e.getStatus();
      if (status == 413) {
        write(ctx, 413, ApiError.of("TOO_LARGE", MessageBundles.format(locale, "api.error.tooLarge", maxBodyBytes)));
      } else if (status == 404) {
        write(ctx, 404, ApiError.of("NOT_FOUND", MessageBundles.format(locale, "api.error.notFound", ctx.path())));
      } else if (status == 405) {
        write(ctx, 405, ApiError.of("METHOD_NOT_ALLOWED", MessageBundles.format(locale, "api.error.methodNotAllowed")));
      } else if (status >= 400 && status < 500) {
        write(ctx, status, ApiError.of("BAD_REQUEST", MessageBundles.format(locale, "api.error.badParameter", "")));
      } else {
        LOG.error("request {} {} failed with {}", ctx.method(), ctx.path(), status, e);
        write(ctx, 500, ApiError.of("INTERNAL", MessageBundles.format(locale, "api.error.internal")));
      }
    });
    app.exception(Exception.class, (e, ctx) -> {
      if (StorageOutage.isOutage(e)) {
        // an operations matter, not a bug: one line per request, no stack trace flood while it lasts
        LOG.atWarn().setMessage("database unavailable").addKeyValue("event", "storage.unavailable")
            .addKeyValue("method", ctx.method()).addKeyValue("path", ctx.path())
            .addKeyValue("cause", StorageOutage.rootCause(e)).log();
        unavailable.increment();
        ctx.header("Retry-After", String.valueOf(UNAVAILABLE_RETRY_SECONDS));
        write(ctx, 503, ApiError.of("UNAVAILABLE", MessageBundles.format(Locales.of(ctx), "api.error.unavailable")));
        return;
      }
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      write(ctx, 500, ApiError.of("INTERNAL", MessageBundles.format(Locales.of(ctx), "api.error.internal")));
    });
    app.error(404, ctx -> {
      if (isEmpty(ctx)) {
        write(ctx, 404, ApiError.of("NOT_FOUND", MessageBundles.format(Locales.of(ctx), "api.error.notFound", ctx.path())));
      }
    });
    app.error(405, ctx -> {
      if (isEmpty(ctx)) {
        write(ctx, 405, ApiError.of("METHOD_NOT_ALLOWED", MessageBundles.format(Locales.of(ctx), "api.error.methodNotAllowed")));
      }
    });
    app.error(413, ctx -> {
      if (isEmpty(ctx)) {
        write(ctx, 413, ApiError.of("TOO_LARGE", MessageBundles.format(Locales.of(ctx), "api.error.tooLarge", maxBodyBytes)));
      }
    });
  }

  private static boolean isEmpty(Context ctx) {
    String r = ctx.result();
    // an HTML page that already says what went wrong (the customer's page) is kept as written
    String type = ctx.res().getContentType();
    if (type != null && type.startsWith("text/html") && r != null && !r.isEmpty()) {
      return false;
    }
    return r == null || r.isEmpty() || !r.startsWith("{\"code\"");
  }

  static void write(Context ctx, int status, ApiError error) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(Json.write(error));
  }
}
