package com.fieldops.common.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Small builder for {@link CrossFieldChecked#ruleBreaches()}. */
public final class Rules {
  private final List<RuleBreach> breaches = new ArrayList<>();

  private Rules() {}

  public static Rules check() {
    return new Rules();
  }

  /** Breach unless {@code ok}. */
  public Rules require(boolean ok, String field, String messageKey) {
    if (!ok) {
      breaches.add(new RuleBreach(field, messageKey));
    }
    return this;
  }

  /** Only if {@code applies} (typically: the fields involved are present) check {@code ok}. */
  public Rules when(boolean applies, BooleanSupplier ok, String field, String messageKey) {
    return applies ? require(ok.getAsBoolean(), field, messageKey) : this;
  }

  /** Adds the breaches of a nested rule set. */
  public Rules include(List<RuleBreach> more) {
    breaches.addAll(more);
    return this;
  }

  public List<RuleBreach> breaches() {
    return List.copyOf(breaches);
  }
}
