package com.fieldops.server.error;

import java.util.List;

/**
 * A request the server refuses, in the domain's words: what kind of refusal, a stable code, a
 * message key in {@code ProtocolMessages} (or a message already in the caller's language), the
 * field at fault and, for refusals that pass, how long to wait. Services throw it; the HTTP layer
 * alone decides the status and renders {@code {code, message, field?}} (see {@code http.ErrorResponses}).
 */
public final class DomainException extends RuntimeException {
  /** What went wrong, independent of any protocol. */
  public enum Kind {
    /** The input breaks a rule (a field, a parameter, a body). */
    INVALID,
    /** Nobody known is calling: no, a wrong, an expired or a revoked token; a failed sign-in. */
    UNAUTHENTICATED,
    /** The caller is known but may not do this. */
    FORBIDDEN,
    /** What was asked for does not exist. */
    NOT_FOUND,
    /** The request contradicts the server's state (e.g. a cursor from the future). */
    CONFLICT,
    /** The caller cannot take the answer in the form it would come in. */
    NOT_ACCEPTABLE,
    /** The body is in a form the server does not read. */
    UNSUPPORTED_FORM,
    /** The body is larger than the server accepts. */
    TOO_LARGE,
    /** Too many at once or too often: try again after {@link #retryAfterSeconds()}. */
    BUSY
  }

  private final Kind kind;
  private final String code;
  private final String messageKey;
  private final String field;
  private final List<Object> args;
  /** Already-localized text (e.g. a Bean Validation message), used instead of the key. */
  private final String text;
  private final Long retryAfterSeconds;

  private DomainException(Kind kind, String code, String messageKey, String field, String text,
      Long retryAfterSeconds, Object... args) {
    super(code + (field == null ? "" : " (" + field + ")"), null, false, false);
    this.kind = kind;
    this.code = code;
    this.messageKey = messageKey;
    this.field = field;
    this.text = text;
    this.retryAfterSeconds = retryAfterSeconds;
    this.args = List.of(args);
  }

  /** A refusal whose message is {@code messageKey} formatted with {@code args}. */
  public static DomainException of(Kind kind, String code, String messageKey, String field, Object... args) {
    return new DomainException(kind, code, messageKey, field, null, null, args);
  }

  /** A refusal that passes: the message gets the wait as its argument, and the caller is told the wait. */
  public static DomainException busy(String code, String messageKey, long retryAfterSeconds) {
    return new DomainException(Kind.BUSY, code, messageKey, null, null, retryAfterSeconds, retryAfterSeconds);
  }

  /** Invalid input whose message is already in the caller's language. */
  public static DomainException invalid(String code, String field, String localizedMessage) {
    return new DomainException(Kind.INVALID, code, null, field, localizedMessage, null);
  }

  public static DomainException unauthenticated() {
    return of(Kind.UNAUTHENTICATED, "UNAUTHORIZED", "api.error.unauthorized", null);
  }

  public static DomainException forbidden() {
    return of(Kind.FORBIDDEN, "FORBIDDEN", "api.error.forbidden", null);
  }

  public static DomainException badParameter(String name) {
    return of(Kind.INVALID, "BAD_PARAMETER", "api.error.badParameter", name, name);
  }

  public static DomainException notFound(String what) {
    return of(Kind.NOT_FOUND, "NOT_FOUND", "api.error.notFound", null, what);
  }

  public Kind kind() {
    return kind;
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

  /** Seconds to wait before trying again, or null when waiting would not help. */
  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
