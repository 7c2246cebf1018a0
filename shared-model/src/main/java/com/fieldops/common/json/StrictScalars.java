package com.fieldops.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Deserialisers that take only the one JSON shape a FieldOps value has. Jackson's own ones read
 * a number as epoch seconds ({@code 1e308} or {@code -1} became 1970), digits in a string as a
 * timestamp, {@code [2026,1,1]} as a date and the text {@code "NaN"} as a number; here each of
 * those is a type error naming the field.
 */
final class StrictScalars {
  private StrictScalars() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("fieldops-strict-scalars");
    m.addDeserializer(Instant.class, new InstantText());
    m.addDeserializer(LocalDate.class, new DateText());
    m.addDeserializer(Double.class, new FiniteNumber(false));
    m.addDeserializer(Double.TYPE, new FiniteNumber(true));
    return m;
  }

  /** ISO-8601 text only, e.g. {@code 2026-03-01T10:00:00Z} (an offset is converted to UTC). */
  static final class InstantText extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      String text = p.getText();
      try {
        return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
      } catch (DateTimeException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
      }
    }
  }

  /** ISO-8601 day text only, e.g. {@code 2026-03-01}. */
  static final class DateText extends JsonDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
      }
      String text = p.getText();
      try {
        return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeException e) {
        return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO-8601 date");
      }
    }
  }

  /** A JSON number only, and a finite one ({@code 1e309} would be infinity). */
  static final class FiniteNumber extends JsonDeserializer<Double> {
    private final boolean primitive;

    FiniteNumber(boolean primitive) {
      this.primitive = primitive;
    }

    @Override
    public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        return (Double) ctxt.handleUnexpectedToken(primitive ? Double.TYPE : Double.class, p);
      }
      double value = p.getDoubleValue();
      if (!Double.isFinite(value)) {
        return (Double) ctxt.handleWeirdNumberValue(Double.class, value, "not a finite number");
      }
      return value;
    }

    @Override
    public Double getNullValue(DeserializationContext ctxt) {
      return primitive ? 0.0 : null;
    }
  }
}
