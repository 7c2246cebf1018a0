package com.fieldops.server.sla;

import static com.fieldops.sla.EscalationAction.NotifyTarget.CUSTOMER_CONTACT;
import static com.fieldops.sla.EscalationAction.NotifyTarget.DISPATCHER;
import static com.fieldops.sla.EscalationAction.NotifyTarget.SUPERVISOR;

import com.fieldops.common.Ids;
import com.fieldops.workorder.model.Priority;
import com.fieldops.sla.BusinessCalendar;
import com.fieldops.sla.EscalationAction;
import com.fieldops.sla.EscalationRule;
import com.fieldops.sla.EscalationTrigger;
import com.fieldops.sla.Milestone;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.SlaTargets;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** Policies the scheduler tests run on. */
final class TestPolicies {
  private TestPolicies() {}

  static Map<Priority, SlaTargets> targets() {
    Map<Priority, SlaTargets> t = new EnumMap<>(Priority.class);
    t.put(Priority.P1, SlaTargets.of(30L, 120L, 240L));
    t.put(Priority.P2, SlaTargets.of(60L, 240L, 480L));
    t.put(Priority.P3, SlaTargets.of(240L, 480L, 1440L));
    return t;
  }

  /**
   * 24x7 in UTC. Response: warning at 50 % to dispatch, breach to the supervisor with a
   * reassignment flag. On site: breach to the supervisor and the customer's contact. Resolution:
   * 30 minutes after breach the priority goes up and the supervisor hears of it.
   */
  static SlaPolicy roundTheClock() {
    return roundTheClock(Ids.newId());
  }

  static SlaPolicy roundTheClock(UUID id) {
    return SlaPolicy.of(id, "Test 24x7", targets(), BusinessCalendar.twentyFourSeven("UTC"))
        .withEscalationRules(
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.warning(0.5), EscalationAction.notify(DISPATCHER)),
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR),
                EscalationAction.flagForReassignment()),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR),
                EscalationAction.notify(CUSTOMER_CONTACT)),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.breachPlus(30), EscalationAction.raisePriority(),
                EscalationAction.notify(SUPERVISOR)));
  }

  /** Warnings and breaches only (no priority raise, so each level's instant is fixed by the history). */
  static SlaPolicy warningsAndBreaches(String zone) {
    return SlaPolicy.of(Ids.newId(), "Week test", targets(), BusinessCalendar.weekdays(zone, "08:00-12:00",
            "13:00-18:00"))
        .withWarningThresholds(0.75)
        .withEscalationRules(
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.warning(0.75), EscalationAction.notify(DISPATCHER)),
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR)),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.warning(0.75), EscalationAction.notify(DISPATCHER)),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR)),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.breach(), EscalationAction.notify(SUPERVISOR)),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.breachPlus(60),
                EscalationAction.flagForReassignment()));
  }
}
