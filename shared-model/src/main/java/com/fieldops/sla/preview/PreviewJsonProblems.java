package com.fieldops.sla.preview;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fieldops.common.json.Json;
import com.fieldops.sla.SlaValidation;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * Says precisely what is wrong with a preview file that cannot be read at all: the field (as a
 * path such as {@code calendar.weeklyHours.MONDAY[0]}), the line and column, and the form that was
 * expected. An admin fixing a policy file by hand needs to know where to look, not that "the JSON
 * is invalid". Validation of a readable file stays with the model's own messages.
 */
final class PreviewJsonProblems {
  private PreviewJsonProblems() {
  }

  /** The problem with the file, or null when it reads as {@code type}. */
  static SlaPreview.Problem find(String json, Class<?> type, String file, Locale locale) {
    if (json == null || json.isBlank()) {
      return new SlaPreview.Problem(file, "", text(locale, "com.fieldops.sla.preview.empty"));
    }
    SlaPreview.Problem syntax = syntax(json, file, locale);
    if (syntax != null) {
      return syntax;
    }
    try {
      Json.mapper().readValue(json, type);
      return null;
    } catch (DatabindException e) {
      return mapping(e, file, locale);
    } catch (IOException | RuntimeException e) {
      return null; // leave it to the model's reader and its messages
    }
  }

  /** A streaming pass: where the text stops being JSON, and in which field. */
  private static SlaPreview.Problem syntax(String json, String file, Locale locale) {
    try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
      String field = "";
      try {
        while (p.nextToken() != null) {
          field = path(p);
        }
        return null;
      } catch (JsonProcessingException e) {
        String where = path(p);
        if (where.isEmpty()) {
          where = field;
        }
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        boolean cutOff = e instanceof com.fasterxml.jackson.core.io.JsonEOFException
            || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        return new SlaPreview.Problem(file, where, text(locale,
            cutOff ? "com.fieldops.sla.preview.cutOff" : "com.fieldops.sla.preview.syntax",
            at.getLineNr(), at.getColumnNr(), where.isEmpty() ? "-" : where));
      }
    } catch (IOException e) {
      return null;
    }
  }

  private static SlaPreview.Problem mapping(DatabindException e, String file, Locale locale) {
    String field = path(e);
    JsonLocation at = e.getLocation();
    long line = at == null ? 0 : at.getLineNr();
    long column = at == null ? 0 : at.getColumnNr();
    String cause = rootMessage(e);
    if (field.contains("weeklyHours") || cause.contains("opening interval")) {
      return new SlaPreview.Problem(file, field, text(locale, "com.fieldops.sla.preview.interval",
          line, column, field, valueOf(e)));
    }
    if (e.getCause() instanceof NullPointerException npe && npe.getMessage() != null) {
      String missing = field.isEmpty() ? npe.getMessage() : field + "." + npe.getMessage();
      return new SlaPreview.Problem(file, missing, text(locale, "com.fieldops.sla.preview.required",
          line, column, missing));
    }
    return new SlaPreview.Problem(file, field, text(locale, "com.fieldops.sla.preview.unreadable",
        line, column, field.isEmpty() ? "-" : field, cause));
  }

  private static String valueOf(DatabindException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getValue() != null) {
      return String.valueOf(f.getValue());
    }
    // OpeningInterval says 'got "8-12"'; the text itself is gone from the parser by now
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage();
      int q = m.indexOf("got \"");
      int end = q < 0 ? -1 : m.indexOf('"', q + 5);
      if (q >= 0 && end > q) {
        return m.substring(q + 5, end);
      }
    }
    return "?";
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? "" : t.getMessage();
  }

  /** {@code calendar.weeklyHours.MONDAY[0]} from a mapping error's reference chain. */
  private static String path(DatabindException e) {
    if (!(e instanceof JsonMappingException m)) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** The parser's current place as {@code events[0].at}. */
  private static String path(JsonParser p) {
    String pointer = p.getParsingContext().pathAsPointer().toString();
    StringBuilder b = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        b.append('[').append(part).append(']');
      } else {
        b.append(b.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return b.toString();
  }

  private static String text(Locale locale, String key, Object... args) {
    return new MessageFormat(SlaValidation.bundle(locale).getString(key), locale).format(args);
  }
}
