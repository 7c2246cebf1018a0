package com.fieldops.identity.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** One shift of the weekly pattern, in the technician's time zone. */
@CrossFieldRules
public record WorkingHours(
    @NotNull(message = "{hours.day.required}") DayOfWeek day,
    @NotNull(message = "{hours.start.required}") LocalTime start,
    @NotNull(message = "{hours.end.required}") LocalTime end) implements CrossFieldChecked {

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(start != null && end != null, () -> end.isAfter(start), "end", "hours.end.afterStart")
        .breaches();
  }
}
