package com.fieldops.sla.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sla preview} refuses timeline instants outside the plan window, or not ISO text, naming the field. */
class SlaPreviewTimeWindowTest {
  private final SlaPreview preview = new SlaPreview(Clock.fixed(Instant.parse("2026-03-27T16:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      createdAt  | "-200000000-01-01T00:00:00Z" | createdAt  | 2000-01-01
      createdAt  | "1999-12-31T23:59:59Z"       | createdAt  | 2100-01-01
      createdAt  | 1                            | createdAt  | createdAt
      now        | "+999999999-12-31T23:59:59Z" | now        | 2100-01-01
      now        | "2100-01-01T00:00:00Z"       | now        | 2000-01-01
      now        | -1                           | now        | now
      """)
  void anInstantOutsideThePlanWindowIsRefusedNamingTheField(String field, String value, String named,
      String mentioned) throws IOException {
    String timeline = "{\"createdAt\":\"2026-03-27T15:30:00Z\",\"priority\":\"P2\",\"now\":\"2026-03-30T07:00:00Z\"}"
        .replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + value);
    SlaPreview.Result result = preview.preview(SlaPreviewTest.resource("preview-policy.json"), timeline,
        Locale.ENGLISH);
    assertThat(result).isInstanceOfSatisfying(SlaPreview.Rejected.class, r -> {
      assertThat(r.problems()).first().satisfies(p -> {
        assertThat(p.file()).isEqualTo("timeline");
        assertThat(p.field()).isEqualTo(named);
        assertThat(p.message()).contains(mentioned);
      });
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en    | The event time (at) must lie between
      zh-CN | 事件时间（at）必须在
      """)
  void anEventOutsideThePlanWindowIsRefusedInTheUsersLanguage(String language, String message) throws IOException {
    String timeline = "{\"createdAt\":\"2026-03-27T15:30:00Z\",\"priority\":\"P2\",\"events\":["
        + "{\"kind\":\"STATUS\",\"at\":\"2026-03-27T15:50:00Z\",\"status\":\"ACCEPTED\"},"
        + "{\"kind\":\"PRIORITY\",\"at\":\"-999999999-01-01T00:00:00Z\",\"priority\":\"P1\"}]}";
    SlaPreview.Result result = preview.preview(SlaPreviewTest.resource("preview-policy.json"), timeline,
        Locale.forLanguageTag(language));
    assertThat(result).isInstanceOfSatisfying(SlaPreview.Rejected.class, r ->
        assertThat(r.problems()).anySatisfy(p -> {
          assertThat(p.field()).isEqualTo("events[1].at");
          assertThat(p.message()).startsWith(message);
        }));
  }
}
