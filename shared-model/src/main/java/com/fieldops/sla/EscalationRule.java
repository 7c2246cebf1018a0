package com.fieldops.sla;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One escalation level of a policy: on this milestone, at this trigger, do these actions. */
public record EscalationRule(
    @NotNull(message = "{com.fieldops.sla.rule.milestone.required}") Milestone milestone,
    @NotNull(message = "{com.fieldops.sla.rule.trigger.required}") @Valid EscalationTrigger trigger,
    @NotEmpty(message = "{com.fieldops.sla.rule.actions.required}")
    List<@NotNull @Valid EscalationAction> actions) {

  public EscalationRule {
    actions = actions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(actions));
  }

  public static EscalationRule of(Milestone milestone, EscalationTrigger trigger,
      EscalationAction... actions) {
    return new EscalationRule(milestone, trigger, List.of(actions));
  }
}
