package com.fieldops.server.http;

import com.fieldops.common.json.JsonInput;
import com.fieldops.common.validation.Violation;
import com.fieldops.server.auth.Principal;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Reading requests safely: JSON bodies into validated records, query parameters, the caller. */
public final class Requests {
  public static final String PRINCIPAL = "fieldops.principal";

  private Requests() {}

  /** The body as a valid {@code type}, or a 400 naming the field. */
  public static <T> T body(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE", "api.error.unsupportedMediaType", null);
    }
    String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    JsonInput.Result<T> result = JsonInput.read(text, type, Locales.of(ctx));
    if (result instanceof JsonInput.Invalid<T> invalid) {
      Violation v = invalid.violations().get(0);
      String code = v.message() != null && v.field().isEmpty() && text.isBlank() ? "EMPTY_BODY" : "INVALID";
      throw ApiException.invalid(code, v.field().isEmpty() ? null : v.field(), v.message());
    }
    return ((JsonInput.Parsed<T>) result).value();
  }

  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) {
      throw ApiException.unauthorized();
    }
    return p;
  }

  public static long longParam(Context ctx, String name, long defaultValue, long min, long max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return defaultValue;
    }
    try {
      long v = Long.parseLong(raw);
      if (v < min || v > max) {
        throw ApiException.badParameter(name);
      }
      return v;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name);
    }
  }

  public static UUID uuidParam(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter(name);
    }
  }

  public static java.time.Instant instantParam(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    try {
      return java.time.Instant.parse(raw);
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiException.badParameter(name);
    }
  }
}
