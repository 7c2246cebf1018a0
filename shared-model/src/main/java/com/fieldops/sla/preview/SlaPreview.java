package com.fieldops.sla.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fieldops.common.json.Json;
import com.fieldops.common.json.JsonInput;
import com.fieldops.sla.EscalationLevel;
import com.fieldops.sla.EscalationPlan;
import com.fieldops.sla.EscalationPlanner;
import com.fieldops.sla.MilestoneClock;
import com.fieldops.sla.SlaCalendarException;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.WarningInstant;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pure function behind the server CLI's {@code sla preview}: policy JSON + timeline JSON →
 * report JSON. Admins use it to check a policy before rolling it out. Bad files are rejected
 * with messages naming the file and field; nothing else happens.
 */
public final class SlaPreview {

  private final Clock clock;

  public SlaPreview(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Outcome: a report, or the problems with the input files. */
  public sealed interface Result permits Report, Rejected {
  }

  public record Report(SlaPreviewReport report) implements Result {
    public String json() {
      return SlaPreview.toJson(report);
    }
  }

  /** @param problems each names the file ({@code policy} or {@code timeline}) and the field */
  public record Rejected(List<Problem> problems) implements Result {
  }

  public record Problem(String file, String field, String message) {
    @Override
    public String toString() {
      return file + (field.isEmpty() ? "" : " " + field) + ": " + message;
    }
  }

  public Result preview(String policyJson, String timelineJson, Locale locale) {
    List<Problem> problems = new ArrayList<>();
    SlaPolicy policy = read(policyJson, SlaPolicy.class, "policy", locale, problems);
    SlaTimelineFile timeline = read(timelineJson, SlaTimelineFile.class, "timeline", locale, problems);
    if (!problems.isEmpty()) {
      return new Rejected(problems);
    }
    Instant now = timeline.now() != null ? timeline.now() : clock.instant();
    try {
      return new Report(report(policy, EscalationPlanner.plan(policy, timeline.toTimeline(), now)));
    } catch (SlaCalendarException e) {
      return new Rejected(List.of(new Problem("policy", "calendar", e.message(locale))));
    }
  }

  public static String toJson(SlaPreviewReport report) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String json, Class<T> type, String file, Locale locale,
      List<Problem> problems) {
    Problem unreadable = PreviewJsonProblems.find(json, type, file, locale);
    if (unreadable != null) {
      problems.add(unreadable);
      return null;
    }
    JsonInput.Result<T> result = JsonInput.read(json, type, locale);
    if (result instanceof JsonInput.Parsed<T> parsed) {
      return parsed.value();
    }
    if (result instanceof JsonInput.Invalid<T> invalid) {
      invalid.violations().forEach(v -> problems.add(new Problem(file, v.field(), v.message())));
    }
    return null;
  }

  static SlaPreviewReport report(SlaPolicy policy, EscalationPlan plan) {
    ZoneId zone = policy.calendar().zoneId();
    List<SlaPreviewReport.MilestoneReport> milestones = new ArrayList<>();
    for (MilestoneClock c : plan.clocks().clocks()) {
      List<SlaPreviewReport.WarningReport> warnings = new ArrayList<>();
      for (WarningInstant w : c.warnings()) {
        warnings.add(new SlaPreviewReport.WarningReport(w.threshold(), w.at(), local(w.at(), zone)));
      }
      milestones.add(new SlaPreviewReport.MilestoneReport(c.milestone(), c.state(), c.priority(),
          c.targetMinutes(), c.dueAt(), local(c.dueAt(), zone), warnings, c.metAt(),
          c.breachedAt(), c.stoppedAt(), c.pausedSince(), minutes(c.businessTimeUsed()),
          minutes(c.businessTimeLeft())));
    }
    List<SlaPreviewReport.EscalationReport> escalations = plan.levels().stream()
        .sorted(Comparator.comparing(EscalationLevel::fireAt,
            Comparator.nullsLast(Comparator.naturalOrder())))
        .map(l -> new SlaPreviewReport.EscalationReport(l.key(), l.milestone(), l.trigger(),
            l.actions(), l.fireAt(), local(l.fireAt(), zone), l.status()))
        .toList();
    return new SlaPreviewReport(policy.id(), policy.name(), policy.calendar().zone(),
        plan.evaluatedAt(), plan.clocks().priority(), milestones, escalations);
  }

  private static String local(Instant at, ZoneId zone) {
    return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone));
  }

  private static Long minutes(Duration d) {
    return d == null ? null : d.toMinutes();
  }
}
