package com.fieldops.client.history;

import com.fieldops.client.text.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Set;

/**
 * An edited field as its history line names it: the field's label ("Scheduled start", not
 * "scheduledStart") and its values as a person reads them (times in the site's zone).
 */
public final class EditedFields {
  /** Fields whose history values are instants on the wire. */
  static final Set<String> INSTANTS = Set.of("scheduledStart", "scheduledEnd");

  private EditedFields() {}

  /** The bundle key of a work-order field's label: {@code workorder.field.<field>}. */
  public static String labelKey(String field) {
    return "workorder.field." + field;
  }

  /** The field's label; the field's own name where no label exists (a field added by a later server). */
  public static String label(Messages msg, String field) {
    String key = labelKey(field);
    return msg.has(key) ? msg.text(key) : field;
  }

  /** A value as recorded, readable: an instant in {@code zone}, short; anything else as is; null as "". */
  public static String value(Messages msg, String field, String value, ZoneId zone) {
    if (value == null) {
      return "";
    }
    if (INSTANTS.contains(field)) {
      try {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(msg.locale()).withZone(zone)
            .format(Instant.parse(value));
      } catch (DateTimeParseException notAnInstant) {
        return value;
      }
    }
    return value;
  }
}
