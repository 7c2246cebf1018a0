package com.fieldops.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import java.util.List;
import java.util.Locale;

/**
 * Reads untrusted JSON into a record and validates it: the one way in for input from outside.
 * Malformed JSON, wrong types and missing required fields all come back as violations naming the
 * field, in the caller's language.
 */
public final class JsonInput {
  private JsonInput() {}

  /** Outcome of {@link #read}: a valid value, or what is wrong with the input. */
  public sealed interface Result<T> permits Parsed, Invalid {}

  public record Parsed<T>(T value) implements Result<T> {}

  public record Invalid<T>(List<Violation> violations) implements Result<T> {}

  public static <T> Result<T> read(String json, Class<T> type, Locale locale) {
    T value;
    try {
      value = Json.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      return new Invalid<>(List.of(JsonProblems.toViolation(e, locale)));
    }
    if (value == null) {
      return new Invalid<>(List.of(JsonProblems.emptyBody(locale)));
    }
    List<Violation> violations = Validators.validate(value, locale);
    return violations.isEmpty() ? new Parsed<>(value) : new Invalid<>(violations);
  }
}
