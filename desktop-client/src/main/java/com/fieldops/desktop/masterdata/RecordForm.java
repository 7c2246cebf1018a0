package com.fieldops.desktop.masterdata;

import com.fieldops.common.validation.Validators;
import com.fieldops.common.validation.Violation;
import com.fieldops.desktop.ConsoleContext;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.desktop.ui.Choice;
import com.fieldops.desktop.ui.FieldErrors;
import com.fieldops.replica.Replica;
import com.fieldops.replica.store.CommandOutcome;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form that creates or edits one master-data record (customer, site, contact, machine,
 * technician) as a whole. The rules are the domain's: the record the fields describe is checked
 * with Bean Validation in the console's language, each message goes next to its field, and
 * nothing is recorded until all are fine. Saving records the record's upsert mutation off the UI
 * thread (it works offline and reaches the server with the next push).
 */
public abstract class RecordForm {
  private static final Logger LOG = LoggerFactory.getLogger(RecordForm.class);
  /** Dates are typed as ISO dates: unambiguous in English and Chinese alike. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  protected final ConsoleContext ctx;
  protected final Messages msg;
  protected final Replica replica;
  protected final UUID id;
  private final boolean creating;
  private final Map<String, FormField> fields = new LinkedHashMap<>();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private FieldErrors errors;
  private boolean unreadable;

  /** {@code id} null: a new record (a new UUIDv7-style random id is made here). */
  protected RecordForm(ConsoleContext ctx, Replica replica, UUID id) {
    this.ctx = ctx;
    this.msg = ctx.messages();
    this.replica = replica;
    this.creating = id == null;
    this.id = id == null ? UUID.randomUUID() : id;
  }

  /** The kind of record, for logs and ids ("customer", "site"...). */
  public abstract String kind();

  /** The record the fields describe now (fields that could not be read are null). */
  protected abstract Object build();

  /** The upsert mutation's payload for {@code record}. */
  protected abstract Object payload(Object record);

  /** Which of this form's fields a violation of {@code field} belongs to (default: the same name). */
  protected String fieldOf(String field) {
    return field;
  }

  protected final FormField text(String field, String labelKey, String value) {
    return add(new FormField(field, msg.text(labelKey), FormField.Kind.TEXT, value, null, null));
  }

  protected final FormField text(String field, String labelKey, String value, String prompt) {
    return add(new FormField(field, msg.text(labelKey), FormField.Kind.TEXT, value, null, prompt));
  }

  protected final FormField area(String field, String labelKey, String value) {
    return add(new FormField(field, msg.text(labelKey), FormField.Kind.AREA, value, null, null));
  }

  protected final FormField choice(String field, String labelKey, String value, List<Choice<String>> choices) {
    return add(new FormField(field, msg.text(labelKey), FormField.Kind.CHOICE, value, choices, null));
  }

  protected final FormField date(String field, String labelKey, LocalDate value) {
    return add(new FormField(field, msg.text(labelKey), FormField.Kind.DATE, value == null ? "" : DATE.format(value), null,
        "2026-03-14"));
  }

  private FormField add(FormField f) {
    fields.put(f.field(), f);
    errors = null;
    return f;
  }

  private final List<String> slots = new ArrayList<>();

  /** A place for the messages of a part of the record the form edits in its own way (a list). */
  protected final void messageSlot(String field) {
    slots.add(field);
    errors = null;
  }

  private FieldErrors errors() {
    if (errors == null) {
      List<String> all = new ArrayList<>(fields.keySet());
      all.addAll(slots);
      errors = new FieldErrors(all, message);
    }
    return errors;
  }

  /** A message next to {@code field} found while reading the fields (the record is then not recorded). */
  protected final void unreadable(String field, String message) {
    unreadable = true;
    pendingMessages.add(new Violation(field, message));
  }

  /** The text of {@code field}, stripped; null when blank. */
  protected final String value(String field) {
    String s = fields.get(field).valueProperty().get();
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The date typed in {@code field}; null when blank, or (with a message next to it) when it is no date. */
  protected final LocalDate dateValue(String field) {
    String s = value(field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s, DATE);
    } catch (DateTimeParseException e) {
      unreadable = true;
      pendingMessages.add(new Violation(field, msg.text("masterdata.date.invalid")));
      return null;
    }
  }

  private final List<Violation> pendingMessages = new ArrayList<>();

  /**
   * Checks every field with the domain's rules; each message goes next to its field. The record
   * when all are fine, else null (and nothing is recorded).
   */
  public Object validated() {
    errors().clear();
    unreadable = false;
    pendingMessages.clear();
    Object record = build();
    List<Violation> found = new ArrayList<>(pendingMessages);
    found.addAll(Validators.validate(record, ctx.locale()));
    errors().show(found, this::fieldOf);
    return unreadable || !found.isEmpty() ? null : record;
  }

  /** Records {@code record} (validated); disk work: call it off the UI thread. */
  CommandOutcome record(Object record) {
    CommandOutcome outcome = replica.record(id, payload(record));
    LOG.info("event=masterdata.{} kind={} id={} outcome={}", creating ? "create" : "edit", kind(), id,
        outcome instanceof CommandOutcome.Recorded ? "recorded" : "refused");
    return outcome;
  }

  /** Takes away every message (a part of a form that is left out). */
  void errorsCleared() {
    errors().clear();
  }

  /** Shows a refusal of the replica next to its field (or as the form's message). */
  void show(CommandOutcome.Refused refused) {
    errors().show(refused);
  }

  /** Validates, then records off the UI thread; {@code saved} gets the record's id once recorded. */
  public void save(Consumer<UUID> saved) {
    if (busy.get()) {
      return;
    }
    Object record = validated();
    if (record == null) {
      return;
    }
    busy.set(true);
    ctx.tasks().run("save " + kind(), () -> record(record), outcome -> {
      busy.set(false);
      if (outcome instanceof CommandOutcome.Recorded) {
        saved.accept(id);
      } else if (outcome instanceof CommandOutcome.Refused r) {
        show(r);
      }
    }, e -> {
      busy.set(false);
      message.set(msg.text("common.error.unexpected", e.getClass().getSimpleName()));
    });
  }

  public List<FormField> fields() {
    return List.copyOf(fields.values());
  }

  public FormField field(String name) {
    return fields.get(name);
  }

  /** The message next to {@code field} ("" when none). */
  public StringProperty error(String field) {
    return errors().of(field);
  }

  public StringProperty messageProperty() {
    return message;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public UUID id() {
    return id;
  }

  public boolean creating() {
    return creating;
  }

  public Messages messages() {
    return msg;
  }

  protected static String nz(String s) {
    return s == null ? "" : s;
  }
}
