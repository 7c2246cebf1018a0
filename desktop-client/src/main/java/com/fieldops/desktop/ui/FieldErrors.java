package com.fieldops.desktop.ui;

import com.fieldops.common.validation.Violation;
import com.fieldops.replica.store.CommandOutcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The messages of a form: one next to each of its fields (what {@link FieldRow} shows under the
 * input) and the form's own message for what names none of its fields. The rules that produce the
 * messages are the domain's (Bean Validation, the replica's refusals); this only puts each message
 * in its place.
 */
public final class FieldErrors {
  private final Map<String, StringProperty> fields = new LinkedHashMap<>();
  private final StringProperty form;

  /** Messages for {@code fields} (named as the domain's messages name them); the rest go to {@code form}. */
  public FieldErrors(List<String> fields, StringProperty form) {
    for (String f : fields) {
      this.fields.put(f, new SimpleStringProperty(""));
    }
    this.form = form;
  }

  /** The message next to {@code field} ("" when there is none); null for a field the form does not have. */
  public StringProperty of(String field) {
    return fields.get(field);
  }

  /** Whether {@code field} shows a message. */
  public boolean has(String field) {
    return !fields.get(field).get().isEmpty();
  }

  /** Clears the messages next to the fields; the form's message stays. */
  public void clearFields() {
    fields.values().forEach(p -> p.set(""));
  }

  /** Clears every message, the form's too. */
  public void clear() {
    clearFields();
    form.set("");
  }

  /** Each violation next to its field (a field keeps its first); one of no field becomes the form's message. */
  public void show(List<Violation> violations) {
    show(violations, UnaryOperator.identity());
  }

  /** As {@link #show(List)}, with {@code fieldOf} naming the form's field for a violation's field. */
  public void show(List<Violation> violations, UnaryOperator<String> fieldOf) {
    for (Violation v : violations) {
      StringProperty p = fields.get(fieldOf.apply(v.field()));
      if (p == null) {
        form.set(v.message());
      } else if (p.get().isEmpty()) {
        p.set(v.message());
      }
    }
  }

  /** The refusal's message next to its field, or as the form's message when it names none of them. */
  public void show(CommandOutcome.Refused refused) {
    StringProperty p = refused.field() == null ? null : fields.get(refused.field());
    if (p != null) {
      p.set(refused.message());
    } else {
      form.set(refused.message());
    }
  }

  /**
   * The date and time typed in {@code field} ({@code format}, in {@code zone}); null when blank.
   * When it does not parse, {@code invalid} goes next to the field and the result is null.
   */
  public Instant dateTime(String text, String field, DateTimeFormatter format, ZoneId zone, String invalid) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.trim(), format).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      fields.get(field).set(invalid);
      return null;
    }
  }
}
