package com.fieldops.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.validation.Violation;
import com.fieldops.workorder.mutation.AddTimeEntry;
import com.fieldops.protocol.registry.Mutations;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #11 point 8: the wire takes each value in its one JSON shape; anything else is a type
 * error naming the field (it used to be read as {@code false}, {@code 0} or 1970).
 */
class StrictJsonTypesTest {
  static final String ENTRY = "{\"timeEntryId\":\"01900000-0000-7000-8000-000000000001\",\"kind\":\"LABOUR\","
      + "\"start\":\"2026-03-01T08:00:00Z\",\"end\":\"2026-03-01T09:00:00Z\",\"billable\":true}";

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      billable | " "
      billable | ""
      billable | "true"
      billable | 1
      start    | 1
      start    | -1
      start    | 1e308
      start    | 1.5
      start    | "1"
      start    | " "
      start    | "2026-13-45T99:99:99Z"
      end      | [2026,3,1]
      kind     | 0
      kind     | " "
      """)
  void aValueOfTheWrongShapeIsATypeErrorNamingTheField(String field, String value) {
    String json = ENTRY.replaceFirst("\"" + field + "\":(\"[^\"]*\"|true)", "\"" + field + "\":" + value);
    assertThat(json).as("test input").contains("\"" + field + "\":" + value);
    var decoded = Mutations.decode("AddTimeEntry", readTree(json), Locale.ENGLISH);
    assertThat(decoded).isInstanceOfSatisfying(Mutations.Undecodable.class,
        u -> assertThat(u.field()).isEqualTo("payload." + field));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {"latitude":"NaN","longitude":0}       | latitude
      {"latitude":1e309,"longitude":0}       | latitude
      {"latitude":0,"longitude":"Infinity"}  | longitude
      """)
  void aNumberMustBeAFiniteJsonNumber(String json, String field) {
    var result = JsonInput.read(json, com.fieldops.common.GeoPoint.class, Locale.ENGLISH);
    assertThat(result).isInstanceOfSatisfying(JsonInput.Invalid.class,
        i -> assertThat(((Violation) i.violations().get(0)).field()).isEqualTo(field));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-03-01T08:00:00Z      | 2026-03-01T08:00:00Z
      2026-03-01T16:00:00+08:00 | 2026-03-01T08:00:00Z
      """)
  void isoTextStillReadsAsBefore(String text, String expected) {
    var decoded = Mutations.decode("AddTimeEntry", readTree(ENTRY.replace("2026-03-01T08:00:00Z", text)),
        Locale.ENGLISH);
    assertThat(decoded).isInstanceOfSatisfying(Mutations.Known.class,
        k -> assertThat(((AddTimeEntry) k.payload()).start()).hasToString(expected));
  }

  @org.junit.jupiter.api.Test
  void aHugeBadValueIsNotRepeatedInFull() {
    String json = ENTRY.replace("\"2026-03-01T08:00:00Z\"", "\"" + "9".repeat(100_000) + "\"");
    var decoded = (Mutations.Undecodable) Mutations.decode("AddTimeEntry", readTree(json), Locale.ENGLISH);
    assertThat(decoded.message().length()).isLessThan(300);
  }

  static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
