package com.fieldops.server.config;

import java.time.Duration;

/**
 * How the server generates preventive work orders from maintenance plans (decision 0020). Part of
 * {@link ServerSettings}, loaded by {@link ConfigLoader}.
 *
 * @param enabled     whether this instance runs the generator ({@code plans.enabled}, true); several
 *                    instances may all run it: a visit is made once whatever their number
 * @param horizonDays how far ahead visits become work orders ({@code plans.horizon.days}, 14)
 * @param tick        how often the generator looks ({@code plans.tick.seconds}, 3600); it also runs
 *                    once at start-up, which is when it catches up after downtime
 */
public record PlanSettings(boolean enabled, int horizonDays, Duration tick) {
  public PlanSettings {
    if (horizonDays < 0 || horizonDays > 366) {
      throw new IllegalArgumentException("plans.horizon.days must be between 0 and 366");
    }
    if (tick.isNegative() || tick.isZero()) {
      throw new IllegalArgumentException("plans.tick.seconds must be positive");
    }
  }

  public static PlanSettings defaults() {
    return new PlanSettings(true, 14, Duration.ofHours(1));
  }
}
