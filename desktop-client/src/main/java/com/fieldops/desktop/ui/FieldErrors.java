package com.fieldops.desktop.ui;

import com.fieldops.client.form.FieldMessages;
import com.fieldops.client.form.MessageSlot;
import com.fieldops.common.validation.Violation;
import com.fieldops.replica.store.CommandOutcome;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The messages of a form as JavaFX properties (what {@link FieldRow} shows under each input, and
 * the form's own message). Where each message goes is the client layer's {@link FieldMessages}.
 */
public final class FieldErrors {
  private final Map<String, StringProperty> fields = new LinkedHashMap<>();
  private final FieldMessages messages;

  /** Messages for {@code fields} (named as the domain's messages name them); the rest go to {@code form}. */
  public FieldErrors(List<String> fields, StringProperty form) {
    Map<String, MessageSlot> slots = new LinkedHashMap<>();
    for (String f : fields) {
      StringProperty p = new SimpleStringProperty("");
      this.fields.put(f, p);
      slots.put(f, slot(p));
    }
    this.messages = new FieldMessages(slots, slot(form));
  }

  private static MessageSlot slot(StringProperty p) {
    return MessageSlot.of(p::get, p::set);
  }

  /** The message next to {@code field} ("" when there is none); null for a field the form does not have. */
  public StringProperty of(String field) {
    return fields.get(field);
  }

  public boolean has(String field) {
    return messages.has(field);
  }

  public void clearFields() {
    messages.clearFields();
  }

  public void clear() {
    messages.clear();
  }

  public void show(List<Violation> violations) {
    messages.show(violations);
  }

  public void show(List<Violation> violations, UnaryOperator<String> fieldOf) {
    messages.show(violations, fieldOf);
  }

  public void show(CommandOutcome.Refused refused) {
    messages.show(refused);
  }

  public Instant dateTime(String text, String field, DateTimeFormatter format, ZoneId zone, String invalid) {
    return messages.dateTime(text, field, format, zone, invalid);
  }
}
