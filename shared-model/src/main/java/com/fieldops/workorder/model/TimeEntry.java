package com.fieldops.workorder.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Time a technician spent on a job (labour, travel, waiting); append-only. */
@CrossFieldRules
public record TimeEntry(
    @NotNull(message = "{id.required}") UUID id,
    @NotNull(message = "{timeentry.workOrder.required}") UUID workOrderId,
    @NotNull(message = "{timeentry.technician.required}") UUID technicianId,
    @NotNull(message = "{timeentry.kind.required}") TimeEntryKind kind,
    @NotNull(message = "{timeentry.start.required}") Instant start,
    @NotNull(message = "{timeentry.end.required}") Instant end,
    boolean billable,
    @Size(max = 2000, message = "{timeentry.comment.size}") String comment) implements CrossFieldChecked {

  /** Longer than this is a forgotten stop button, not a shift. */
  public static final Duration MAX_LENGTH = Duration.ofHours(16);

  public Duration duration() {
    return Duration.between(start, end);
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(start != null && end != null, () -> end.isAfter(start), "end", "timeentry.end.afterStart")
        .when(start != null && end != null && end.isAfter(start),
            () -> Duration.between(start, end).compareTo(MAX_LENGTH) <= 0, "end", "timeentry.tooLong")
        .breaches();
  }
}
