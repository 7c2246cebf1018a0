package com.fieldops.client.form;

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

/**
 * The messages of a form: one next to each of its fields and the form's own message for what
 * names none of its fields. The rules that produce the messages are the domain's (Bean Validation,
 * the replica's refusals); this only puts each message in its place.
 */
public final class FieldMessages {
  private final Map<String, MessageSlot> fields;
  private final MessageSlot form;

  /** Messages for the fields (named as the domain's messages name them); the rest go to {@code form}. */
  public FieldMessages(Map<String, MessageSlot> fields, MessageSlot form) {
    this.fields = new LinkedHashMap<>(fields);
    this.form = form;
  }

  /** Plain slots for {@code fields} and the form: for screens (and tests) without bindings. */
  public static FieldMessages plain(List<String> fields) {
    Map<String, MessageSlot> slots = new LinkedHashMap<>();
    fields.forEach(f -> slots.put(f, MessageSlot.plain()));
    return new FieldMessages(slots, MessageSlot.plain());
  }

  /** The message next to {@code field} ("" when there is none); null for a field the form does not have. */
  public String of(String field) {
    MessageSlot s = fields.get(field);
    return s == null ? null : s.get();
  }

  /** The form's own message. */
  public String formMessage() {
    return form.get();
  }

  /** Whether {@code field} shows a message. */
  public boolean has(String field) {
    String m = fields.get(field).get();
    return m != null && !m.isEmpty();
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
      MessageSlot p = fields.get(fieldOf.apply(v.field()));
      if (p == null) {
        form.set(v.message());
      } else if (p.get() == null || p.get().isEmpty()) {
        p.set(v.message());
      }
    }
  }

  /** The refusal's message next to its field, or as the form's message when it names none of them. */
  public void show(CommandOutcome.Refused refused) {
    MessageSlot p = refused.field() == null ? null : fields.get(refused.field());
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
