package com.fieldops.identity.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Whole days a technician is away, both ends inclusive. */
@CrossFieldRules
public record Absence(
    @NotNull(message = "{absence.from.required}") LocalDate from,
    @NotNull(message = "{absence.to.required}") LocalDate to,
    @NotNull(message = "{absence.kind.required}") AbsenceKind kind) implements CrossFieldChecked {

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(from != null && to != null, () -> !to.isBefore(from), "to", "absence.to.beforeFrom")
        .breaches();
  }
}
