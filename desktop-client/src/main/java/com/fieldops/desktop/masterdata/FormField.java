package com.fieldops.desktop.masterdata;

import com.fieldops.desktop.ui.Choice;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One input of a master-data form: the record's field it fills (as the domain's messages name it,
 * e.g. {@code billingAddress.city}), its label, how it is typed, and its text.
 */
public final class FormField {
  /** How the field is typed: one line, several lines, one of a list, a date (yyyy-mm-dd). */
  public enum Kind { TEXT, AREA, CHOICE, DATE }

  private final String field;
  private final String label;
  private final Kind kind;
  private final StringProperty value;
  private final List<Choice<String>> choices;
  private final String prompt;

  FormField(String field, String label, Kind kind, String value, List<Choice<String>> choices, String prompt) {
    this.field = field;
    this.label = label;
    this.kind = kind;
    this.value = new SimpleStringProperty(value == null ? "" : value);
    this.choices = choices == null ? List.of() : List.copyOf(choices);
    this.prompt = prompt;
  }

  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public StringProperty valueProperty() {
    return value;
  }

  /** For {@link Kind#CHOICE}: the values (stored text) and what a person reads. */
  public List<Choice<String>> choices() {
    return choices;
  }

  /** The example shown in an empty input, or null. */
  public String prompt() {
    return prompt;
  }
}
