package com.fieldops.server.http;

import java.util.List;

/**
 * A request the server refuses, with the HTTP status, a stable code and a message key in
 * {@code ProtocolMessages}; rendered as {@code {code, message, field?}} in the caller's language.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final String messageKey;
  private final String field;
  private final List<Object> args;
  /** Already-localized text (e.g. a Bean Validation message), used instead of the key. */
  private final String text;

  public ApiException(int status, String code, String messageKey, String field, Object... args) {
    this(status, code, messageKey, field, null, args);
  }

  private ApiException(int status, String code, String messageKey, String field, String text, Object... args) {
    super(code + (field == null ? "" : " (" + field + ")"), null, false, false);
    this.status = status;
    this.code = code;
    this.messageKey = messageKey;
    this.field = field;
    this.text = text;
    this.args = List.of(args);
  }

  /** A 400 whose message is already in the caller's language. */
  public static ApiException invalid(String code, String field, String localizedMessage) {
    return new ApiException(400, code, null, field, localizedMessage);
  }

  public static ApiException unauthorized() {
    return new ApiException(401, "UNAUTHORIZED", "api.error.unauthorized", null);
  }

  public static ApiException forbidden() {
    return new ApiException(403, "FORBIDDEN", "api.error.forbidden", null);
  }

  public static ApiException badParameter(String name) {
    return new ApiException(400, "BAD_PARAMETER", "api.error.badParameter", name, name);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String messageKey() {
    return messageKey;
  }

  public String field() {
    return field;
  }

  public List<Object> args() {
    return args;
  }

  public String text() {
    return text;
  }
}
