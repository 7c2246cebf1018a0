package com.fieldops.common.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fieldops.common.validation.MessageBundles;
import com.fieldops.common.validation.Violation;
import java.util.Locale;

/** Turns a Jackson failure into a {@link Violation} that names the field, for a person. */
public final class JsonProblems {
  private JsonProblems() {}

  public static Violation toViolation(JsonProcessingException e, Locale locale) {
    String field = e instanceof JsonMappingException m ? pathOf(m) : "";
    if (e instanceof JsonParseException) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      return new Violation(field, MessageBundles.format(locale, "json.malformed", line, column));
    }
    if (e instanceof InvalidTypeIdException t) {
      // our polymorphic records (events, stock locations) always name their kind in "kind"
      String kindField = field.isEmpty() ? "kind" : field + ".kind";
      return new Violation(kindField, t.getTypeId() == null
          ? MessageBundles.format(locale, "json.kind.missing", kindField)
          : MessageBundles.format(locale, "json.unknownKind", kindField, t.getTypeId()));
    }
    if (e instanceof InvalidFormatException f) {
      return new Violation(field, MessageBundles.format(locale, "json.badValue", field, shown(f.getValue()),
          f.getTargetType() == null ? "" : f.getTargetType().getSimpleName()));
    }
    if (e instanceof ValueInstantiationException) {
      return new Violation(field, MessageBundles.format(locale, "json.invalid", field));
    }
    if (e instanceof MismatchedInputException mi) {
      if (field.isEmpty() && mi.getMessage() != null && mi.getMessage().contains("No content")) {
        return emptyBody(locale);
      }
      return new Violation(field, field.isEmpty()
          ? MessageBundles.format(locale, "json.root.wrongType")
          : MessageBundles.format(locale, "json.wrongType", field));
    }
    if (e.getMessage() != null && e.getMessage().startsWith("Unexpected end-of-input")) {
      return new Violation(field, MessageBundles.format(locale, "json.malformed", 0, 0));
    }
    return new Violation(field, field.isEmpty()
        ? MessageBundles.format(locale, "json.root.wrongType")
        : MessageBundles.format(locale, "json.invalid", field));
  }

  /** A megabyte of junk is not repeated back in a message (or a log line): its start is enough. */
  static String shown(Object value) {
    String text = String.valueOf(value);
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }

  private static final int MAX_SHOWN = 40;

  static Violation emptyBody(Locale locale) {
    return new Violation("", MessageBundles.format(locale, "json.empty"));
  }

  /** {@code items[2].text}, the same notation as {@code Validators}. */
  static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
