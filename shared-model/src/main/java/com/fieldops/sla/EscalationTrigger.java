package com.fieldops.sla;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.util.Locale;

/**
 * When an escalation level fires, relative to its milestone's clock.
 *
 * <ul>
 *   <li>{@code WARNING} with {@code threshold} (0 &lt; t &lt; 1): when that fraction of the target
 *       has been used;
 *   <li>{@code BREACH}: at the due instant;
 *   <li>{@code BREACH_PLUS} with {@code minutes}: when the clock has run that many more business
 *       minutes after the due instant. Business minutes, like every clock here, so a business-hours
 *       policy does not wake a supervisor at night; on 24x7 they equal wall-clock minutes.
 * </ul>
 */
@ValidEscalationTrigger
public record EscalationTrigger(Type type, Double threshold, Long minutes) {

  public enum Type { WARNING, BREACH, BREACH_PLUS }

  public static EscalationTrigger warning(double threshold) {
    return new EscalationTrigger(Type.WARNING, threshold, null);
  }

  public static EscalationTrigger breach() {
    return new EscalationTrigger(Type.BREACH, null, null);
  }

  public static EscalationTrigger breachPlus(long minutes) {
    return new EscalationTrigger(Type.BREACH_PLUS, null, minutes);
  }

  /**
   * Business time on the milestone's clock at which this trigger fires, for a given target.
   * Fractions are rounded to the second.
   */
  public Duration clockReading(Duration target) {
    return switch (type) {
      case WARNING -> Duration.ofSeconds(Math.round(target.getSeconds() * threshold));
      case BREACH -> target;
      case BREACH_PLUS -> target.plusMinutes(minutes);
    };
  }

  /** Stable text id of the trigger, e.g. {@code WARNING@0.75}, {@code BREACH}, {@code BREACH+30m}. */
  @JsonIgnore
  public String key() {
    return switch (type) {
      case WARNING -> "WARNING@" + String.format(Locale.ROOT, "%s", threshold);
      case BREACH -> "BREACH";
      case BREACH_PLUS -> "BREACH+" + minutes + "m";
    };
  }
}
