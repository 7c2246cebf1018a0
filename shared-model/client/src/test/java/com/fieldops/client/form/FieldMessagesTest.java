package com.fieldops.client.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.validation.Violation;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each message in its place: next to the field it names, else the form's own. */
class FieldMessagesTest {
  @Test
  void aFieldKeepsItsFirstMessageAndOneOfNoFieldGoesToTheForm() {
    FieldMessages m = FieldMessages.plain(List.of("problem", "priority"));
    m.show(List.of(new Violation("problem", "Describe the problem."), new Violation("problem", "Too long."),
        new Violation("customerId", "Choose a customer.")));
    assertThat(m.of("problem")).isEqualTo("Describe the problem.");
    assertThat(m.has("priority")).isFalse();
    assertThat(m.formMessage()).isEqualTo("Choose a customer.");
    m.clearFields();
    assertThat(m.has("problem")).isFalse();
    assertThat(m.formMessage()).isEqualTo("Choose a customer.");
  }

  @Test
  void aDateThatDoesNotParseIsNamedNextToItsField() {
    FieldMessages m = FieldMessages.plain(List.of("scheduledStart"));
    assertThat(m.dateTime("next Tuesday", "scheduledStart", FormValues.INPUT, ZoneId.of("Europe/Berlin"), "Enter a date"))
        .isNull();
    assertThat(m.of("scheduledStart")).isEqualTo("Enter a date");
    assertThat(m.dateTime(" 2026-03-14 09:30 ", "scheduledStart", FormValues.INPUT, ZoneId.of("UTC"), "x"))
        .hasToString("2026-03-14T09:30:00Z");
  }
}
