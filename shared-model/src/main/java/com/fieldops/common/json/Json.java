package com.fieldops.common.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration for the wire, the server's storage and the client replicas.
 *
 * <ul>
 *   <li>instants and dates as ISO-8601 text, durations as ISO-8601 ({@code PT4H});
 *   <li>enums by name, never by ordinal (reordering an enum must not change meaning);
 *   <li>unknown fields ignored, so an older client reads a newer server's data;
 *   <li>nulls not written; an absent field reads as null (or an empty list);
 *   <li>no silent coercion of scalars ({@code "5"} is not a number, {@code " "} not a boolean, {@code 1.0}
 *       not an integer, a number not an instant, {@code "NaN"} not a number): wrong types fail and name the field;
 *   <li>instants only as ISO-8601 text ({@link StrictScalars}).
 * </ul>
 */
public final class Json {
  private static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  /** The shared, configured mapper. Do not reconfigure it: make your own with {@link #newMapper()}. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A fresh mapper with the FieldOps configuration, for callers that must add modules. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        // after JavaTimeModule: ours replace its lenient instant and date readers
        .addModule(StrictScalars.module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        // a blank or empty string is not a boolean, number, date or record: it fails, naming the field
        .withCoercionConfigDefaults(c -> c
            .setAcceptBlankAsEmpty(Boolean.FALSE)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setAcceptBlankAsEmpty(Boolean.FALSE)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setAcceptBlankAsEmpty(Boolean.FALSE)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c
            .setAcceptBlankAsEmpty(Boolean.FALSE)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
  }

  /** Serialises with {@link #mapper()}; our records always serialise, so failure is a bug. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
