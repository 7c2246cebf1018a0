package com.fieldops.common;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A half-open interval [start, end) of instants. */
@CrossFieldRules
public record TimeWindow(
    @NotNull(message = "{window.start.required}") Instant start,
    @NotNull(message = "{window.end.required}") Instant end) implements CrossFieldChecked {

  public Duration duration() {
    return Duration.between(start, end);
  }

  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  public boolean overlaps(TimeWindow other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(start != null && end != null, () -> end.isAfter(start), "end", "window.end.afterStart")
        .breaches();
  }
}
