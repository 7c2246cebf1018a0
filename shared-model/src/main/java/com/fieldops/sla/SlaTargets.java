package com.fieldops.sla;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Optional;

/**
 * Targets of one priority in business minutes; each may be absent (no promise for that milestone).
 *
 * <p>Capped at a year of minutes so a typo cannot send the calculator searching for decades.
 */
public record SlaTargets(
    @Positive(message = "{com.fieldops.sla.target.positive}")
    @Max(value = SlaTargets.MAX_MINUTES, message = "{com.fieldops.sla.target.tooLong}")
    Long responseMinutes,
    @Positive(message = "{com.fieldops.sla.target.positive}")
    @Max(value = SlaTargets.MAX_MINUTES, message = "{com.fieldops.sla.target.tooLong}")
    Long onsiteMinutes,
    @Positive(message = "{com.fieldops.sla.target.positive}")
    @Max(value = SlaTargets.MAX_MINUTES, message = "{com.fieldops.sla.target.tooLong}")
    Long resolutionMinutes) {

  /** 366 days of minutes. */
  public static final long MAX_MINUTES = 527_040L;

  public static SlaTargets of(Long responseMinutes, Long onsiteMinutes, Long resolutionMinutes) {
    return new SlaTargets(responseMinutes, onsiteMinutes, resolutionMinutes);
  }

  public Optional<Long> minutes(Milestone milestone) {
    Long value = switch (milestone) {
      case RESPONSE -> responseMinutes;
      case ONSITE -> onsiteMinutes;
      case RESOLUTION -> resolutionMinutes;
    };
    return Optional.ofNullable(value);
  }

  /** The target as a duration, only when it is present and positive (a usable target). */
  public Optional<Duration> target(Milestone milestone) {
    return minutes(milestone).filter(m -> m > 0).map(Duration::ofMinutes);
  }
}
