package com.fieldops.protocol.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.Rejection;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** U+0000 anywhere in a payload's text is refused on decoding, naming where it is, in the reader's language. */
class NulInPayloadTest {
  private static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  @Test
  void aNulDeepInAPayloadIsRefusedNamingItsPathInEnglishAndChinese() throws Exception {
    JsonNode payload = json("{\"id\":\"0190e0a0-0000-7000-8000-000000000001\",\"title\":\"Boiler service\","
        + "\"items\":[{\"text\":\"Flue pressure\",\"unit\":\"mbar\"},{\"text\":\"Leaks\",\"unit\":\"\\u0000\"}]}");

    Mutations.Decoded en = Mutations.decode("UpsertChecklistTemplate", payload, Locale.ENGLISH);
    Mutations.Decoded zh = Mutations.decode("UpsertChecklistTemplate", payload, Locale.SIMPLIFIED_CHINESE);

    assertThat(en).isInstanceOf(Mutations.Undecodable.class);
    Rejection r = Mutations.rejection((Mutations.Undecodable) en);
    assertThat(r.code()).isEqualTo(Codes.INVALID);
    assertThat(r.field()).isEqualTo("items[1].unit");
    assertThat(((Mutations.Undecodable) en).message()).contains("U+0000").contains("cannot be stored");
    assertThat(((Mutations.Undecodable) zh).message()).contains("U+0000").contains("无法保存");
  }

  @Test
  void aNulInAFieldNameOrAtTheTopIsRefusedTooAndOrdinaryTextIsNot() throws Exception {
    assertThat(Mutations.textWithNul(json("{\"text\":\"a\\u0000\"}"), "")).isEqualTo("text");
    assertThat(Mutations.textWithNul(json("{\"a\\u0000\":1}"), "")).isEqualTo("");
    assertThat(Mutations.textWithNul(json("{\"text\":\"工单 \\u0001 tab\\t\",\"n\":[1,2,{\"x\":\"\\\\u0000\"}]}"), ""))
        .as("other characters, and the six letters \\u0000 typed out, are text like any other").isNull();
  }
}
