package com.fieldops.protocol.mutation;

import java.util.List;

/**
 * Why a mutation was not applied.
 *
 * @param code       machine-readable, stable (see {@link Codes})
 * @param messageKey key in {@code com/fieldops/protocol/ProtocolMessages}; or null when
 *                   {@code message} is already text (Bean Validation messages come localized)
 * @param field      the payload field to blame, if one is
 * @param args       {@link java.text.MessageFormat} arguments for the message
 */
public record Rejection(String code, String messageKey, String field, List<String> args, String message) {
  public static Rejection of(String code, String messageKey, String field, String... args) {
    return new Rejection(code, messageKey, field, List.of(args), null);
  }

  /** A violation whose message is already in the caller's language. */
  public static Rejection invalid(String field, String localizedMessage) {
    return new Rejection(Codes.INVALID, null, field, List.of(), localizedMessage);
  }
}
