package com.fieldops.sla.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fieldops.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The documented example files (README-sla-preview.md) give the documented output. */
class SlaPreviewTest {

  private final SlaPreview preview =
      new SlaPreview(Clock.fixed(Instant.parse("2026-03-27T16:00:00Z"), ZoneOffset.UTC));

  static String resource(String name) throws IOException {
    try (InputStream in = SlaPreviewTest.class.getResourceAsStream("/com/fieldops/sla/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theExampleFilesGiveTheDocumentedReport() throws IOException {
    SlaPreview.Result result = preview.preview(resource("preview-policy.json"),
        resource("preview-timeline.json"), Locale.ENGLISH);
    assertThat(result).isInstanceOf(SlaPreview.Report.class);
    JsonNode actual = Json.mapper().readTree(((SlaPreview.Report) result).json());
    JsonNode expected = Json.mapper().readTree(resource("preview-expected.json"));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void withoutNowInTheFileTheCommandsClockDecides() throws IOException {
    String timeline = resource("preview-timeline.json").replace("\"now\": \"2026-03-30T07:00:00Z\",", "");
    SlaPreview.Report report = (SlaPreview.Report) preview.preview(resource("preview-policy.json"),
        timeline, Locale.ENGLISH);
    assertThat(report.report().evaluatedAt()).isEqualTo(Instant.parse("2026-03-27T16:00:00Z"));
    // at 16:00Z the acceptance (15:50Z) is known, the priority raise (Saturday) is not yet
    assertThat(report.report().milestones()).extracting(SlaPreviewReport.MilestoneReport::state)
        .extracting(Enum::name).containsExactly("MET", "RUNNING", "RUNNING");
    assertThat(report.report().priority()).hasToString("P2");
  }

  @Test
  void aBadPolicyIsRejectedNamingFileAndFieldInTheCallersLanguage() throws IOException {
    String policy = resource("preview-policy.json")
        .replace("\"Europe/Berlin\"", "\"Europe/Gotham\"")
        .replace("[0.5, 0.75]", "[0.5, 1.5]")
        .replace("\"responseMinutes\": 60,", "\"responseMinutes\": -60,");
    SlaPreview.Result en = preview.preview(policy, resource("preview-timeline.json"), Locale.ENGLISH);
    assertThat(en).isInstanceOf(SlaPreview.Rejected.class);
    assertThat(((SlaPreview.Rejected) en).problems())
        .extracting(SlaPreview.Problem::file, SlaPreview.Problem::field, SlaPreview.Problem::message)
        .containsExactly(
            tuple("policy", "calendar.zone",
                "unknown time zone \"Europe/Gotham\": use an IANA id such as Europe/Berlin"),
            tuple("policy", "targets[P1].responseMinutes", "a target must be a positive number of minutes"),
            tuple("policy", "warningThresholds[1]",
                "a warning threshold must be a fraction between 0 and 1, exclusive (for example 0.75)"));
    SlaPreview.Result zh = preview.preview(policy, resource("preview-timeline.json"),
        Locale.SIMPLIFIED_CHINESE);
    assertThat(((SlaPreview.Rejected) zh).problems()).extracting(SlaPreview.Problem::message)
        .contains("目标必须是正数分钟");
  }

  @Test
  void aTimelineWithoutCreationOrPriorityIsRejected() throws IOException {
    SlaPreview.Result result = preview.preview(resource("preview-policy.json"),
        "{\"events\": []}", Locale.ENGLISH);
    assertThat(((SlaPreview.Rejected) result).problems())
        .extracting(SlaPreview.Problem::file, SlaPreview.Problem::field, SlaPreview.Problem::message)
        .containsExactly(
            tuple("timeline", "createdAt", "the timeline needs createdAt, the instant the work order was created"),
            tuple("timeline", "priority",
                "the timeline needs the priority the work order was created with (P1 to P4)"));
  }

  @Test
  void malformedJsonIsRejectedNotThrown() throws IOException {
    SlaPreview.Result result = preview.preview("{ \"name\": ", resource("preview-timeline.json"),
        Locale.ENGLISH);
    assertThat(((SlaPreview.Rejected) result).problems()).singleElement()
        .extracting(SlaPreview.Problem::file).isEqualTo("policy");
  }

  @Test
  void aCalendarWithNoOpeningHoursIsExplainedNotLoopedOn() throws IOException {
    String policy = resource("preview-policy.json").replaceAll("\"[A-Z]+DAY\":\\s*\\[[^]]*\\],?", "")
        .replace("\"escalationRules\"", "\"ignored\"");
    SlaPreview.Result result = preview.preview(policy, resource("preview-timeline.json"), Locale.ENGLISH);
    assertThat(((SlaPreview.Rejected) result).problems())
        .extracting(SlaPreview.Problem::field, SlaPreview.Problem::message)
        .containsExactly(tuple("calendar.weeklyHours",
            "the calendar has no opening hours at all: give weekly hours or mark it open 24x7"));
  }

  @Test
  void aTruncatedPolicyFileNamesTheLineColumnAndFieldWhereItStops() throws IOException {
    String full = resource("preview-policy.json");
    String cut = full.substring(0, full.indexOf("\"TUESDAY\""));

    SlaPreview.Result result = preview.preview(cut, resource("preview-timeline.json"), Locale.ENGLISH);

    assertThat(((SlaPreview.Rejected) result).problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("policy");
      assertThat(p.field()).startsWith("calendar.weeklyHours");
      assertThat(p.message()).contains("line 15").contains("calendar.weeklyHours").contains("ends too early");
    });
  }

  @Test
  void anIntervalWithoutMinutesSaysTheExpectedForm() throws IOException {
    String policy = resource("preview-policy.json").replace("\"09:00-13:00\"", "\"8-12\"");

    SlaPreview.Result en = preview.preview(policy, resource("preview-timeline.json"), Locale.ENGLISH);
    SlaPreview.Result zh = preview.preview(policy, resource("preview-timeline.json"), Locale.SIMPLIFIED_CHINESE);

    assertThat(((SlaPreview.Rejected) en).problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("calendar.weeklyHours.SATURDAY[0]");
      assertThat(p.message()).contains("\"8-12\"").contains("expected HH:mm-HH:mm").contains("line 19");
    });
    assertThat(((SlaPreview.Rejected) zh).problems()).singleElement().extracting(SlaPreview.Problem::message)
        .asString().contains("应为 HH:mm-HH:mm");
  }

  @Test
  void anEventWithoutAtNamesTheField() throws IOException {
    String timeline = resource("preview-timeline.json").replace("\"at\": \"2026-03-28T09:00:00Z\", ", "");

    SlaPreview.Result result = preview.preview(resource("preview-policy.json"), timeline, Locale.ENGLISH);

    assertThat(((SlaPreview.Rejected) result).problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("timeline");
      assertThat(p.field()).isEqualTo("events[1].at");
      assertThat(p.message()).contains("field events[1].at is required");
    });
  }
}
