package com.fieldops.sla;

import com.fieldops.workorder.model.Priority;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An SLA policy: per-priority targets for each {@link Milestone} (each optional), the business
 * calendar the clocks run on, what pauses them, the warning thresholds shown on the countdowns
 * (fractions of the target, default 0.75) and the escalation rules.
 *
 * <p>Missing pause rule and thresholds take the defaults, so a policy file only needs what differs.
 */
@ValidSlaPolicy
public record SlaPolicy(
    UUID id,
    @NotBlank(message = "{com.fieldops.sla.policy.name.required}") String name,
    @NotNull(message = "{com.fieldops.sla.policy.targets.required}")
    Map<@NotNull Priority, @NotNull @Valid SlaTargets> targets,
    @NotNull(message = "{com.fieldops.sla.policy.calendar.required}") @Valid BusinessCalendar calendar,
    PauseRule pauseRule,
    List<@NotNull(message = "{com.fieldops.sla.threshold.range}")
        @DecimalMin(value = "0", inclusive = false, message = "{com.fieldops.sla.threshold.range}")
        @DecimalMax(value = "1", inclusive = false, message = "{com.fieldops.sla.threshold.range}")
        Double> warningThresholds,
    List<@NotNull @Valid EscalationRule> escalationRules) {

  public static final double DEFAULT_WARNING_THRESHOLD = 0.75;

  public SlaPolicy {
    if (targets != null) {
      Map<Priority, SlaTargets> copy = new EnumMap<>(Priority.class);
      targets.forEach((p, t) -> {
        if (p != null) {
          copy.put(p, t);
        }
      });
      targets = Collections.unmodifiableMap(copy);
    }
    pauseRule = pauseRule == null ? PauseRule.defaults() : pauseRule;
    warningThresholds = warningThresholds == null || warningThresholds.isEmpty()
        ? List.of(DEFAULT_WARNING_THRESHOLD)
        : Collections.unmodifiableList(new ArrayList<>(warningThresholds));
    escalationRules = escalationRules == null
        ? List.of() : Collections.unmodifiableList(new ArrayList<>(escalationRules));
  }

  /** A policy with default pause rule and thresholds and no escalation rules. */
  public static SlaPolicy of(UUID id, String name, Map<Priority, SlaTargets> targets,
      BusinessCalendar calendar) {
    return new SlaPolicy(id, name, targets, calendar, null, null, null);
  }

  public SlaPolicy withPauseRule(PauseRule rule) {
    return new SlaPolicy(id, name, targets, calendar, rule, warningThresholds, escalationRules);
  }

  public SlaPolicy withWarningThresholds(Double... thresholds) {
    return new SlaPolicy(id, name, targets, calendar, pauseRule, List.of(thresholds),
        escalationRules);
  }

  public SlaPolicy withEscalationRules(EscalationRule... rules) {
    return new SlaPolicy(id, name, targets, calendar, pauseRule, warningThresholds,
        List.of(rules));
  }

  public SlaPolicy withCalendar(BusinessCalendar newCalendar) {
    return new SlaPolicy(id, name, targets, newCalendar, pauseRule, warningThresholds,
        escalationRules);
  }

  /** The target of a milestone at a priority, if the policy promises one. */
  public Optional<Duration> target(Priority priority, Milestone milestone) {
    if (targets == null || priority == null) {
      return Optional.empty();
    }
    SlaTargets t = targets.get(priority);
    return t == null ? Optional.empty() : t.target(milestone);
  }

  /** Whether any priority has a target for the milestone (escalation rules need one). */
  public boolean hasTargetFor(Milestone milestone) {
    return targets != null && targets.values().stream()
        .anyMatch(t -> t != null && t.minutes(milestone).isPresent());
  }

  /** Thresholds sorted ascending without duplicates, for computing warning instants. */
  public List<Double> sortedWarningThresholds() {
    return warningThresholds.stream().filter(t -> t != null && t > 0 && t < 1)
        .distinct().sorted().toList();
  }
}
