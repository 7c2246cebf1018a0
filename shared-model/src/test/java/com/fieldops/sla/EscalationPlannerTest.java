package com.fieldops.sla;

import static com.fieldops.sla.SlaFixtures.at;
import static com.fieldops.sla.SlaFixtures.calendar;
import static com.fieldops.sla.SlaFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.sla.EscalationAction.NotifyTarget;
import com.fieldops.sla.EscalationLevel.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Office hours 08:00–18:00 Berlin; a P1 created Monday 2026-05-11 08:00 has response due 09:00
 * (warning 08:45), on site due 11:00 (warning 10:15, +30 min at 11:30), resolution due 16:00
 * (warning 14:00).
 */
class EscalationPlannerTest {

  static SlaPolicy policy() {
    return SlaPolicy.of(SlaFixtures.POLICY_ID, "Gold",
            Map.of(Priority.P1, SlaTargets.of(60L, 180L, 480L),
                Priority.P2, SlaTargets.of(120L, 240L, 960L)),
            calendar("office-berlin"))
        .withEscalationRules(
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.warning(0.75),
                EscalationAction.notify(NotifyTarget.DISPATCHER)),
            EscalationRule.of(Milestone.RESPONSE, EscalationTrigger.breach(),
                EscalationAction.notify(NotifyTarget.SUPERVISOR)),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.warning(0.75),
                EscalationAction.notify(NotifyTarget.DISPATCHER)),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.breach(),
                EscalationAction.notify(NotifyTarget.SUPERVISOR),
                EscalationAction.notify(NotifyTarget.CUSTOMER_CONTACT)),
            EscalationRule.of(Milestone.ONSITE, EscalationTrigger.breachPlus(30),
                EscalationAction.raisePriority()),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.warning(0.75),
                EscalationAction.notify(NotifyTarget.ASSIGNEE)),
            EscalationRule.of(Milestone.RESOLUTION, EscalationTrigger.breach(),
                EscalationAction.flagForReassignment()));
  }

  private static final String CREATED = "2026-05-11T08:00+02:00";

  @Test
  void everyLevelOfEveryMilestoneHasItsInstant() {
    EscalationPlan plan = EscalationPlanner.plan(policy(), timeline(CREATED, Priority.P1, "-"), at(CREATED));
    assertThat(plan.levels()).extracting(EscalationLevel::key, EscalationLevel::fireAt, EscalationLevel::status)
        .containsExactly(
            tuple("RESPONSE:WARNING@0.75", at("2026-05-11T08:45+02:00"), Status.PENDING),
            tuple("RESPONSE:BREACH", at("2026-05-11T09:00+02:00"), Status.PENDING),
            tuple("ONSITE:WARNING@0.75", at("2026-05-11T10:15+02:00"), Status.PENDING),
            tuple("ONSITE:BREACH", at("2026-05-11T11:00+02:00"), Status.PENDING),
            tuple("ONSITE:BREACH+30m", at("2026-05-11T11:30+02:00"), Status.PENDING),
            tuple("RESOLUTION:WARNING@0.75", at("2026-05-11T14:00+02:00"), Status.PENDING),
            tuple("RESOLUTION:BREACH", at("2026-05-11T16:00+02:00"), Status.PENDING));
    assertThat(plan.nextFireAt(Set.of())).contains(at("2026-05-11T08:45+02:00"));
  }

  @Test
  void levelsMissedWhileTheServerWasDownAreDueLateAndSaySo() {
    EscalationPlan plan = EscalationPlanner.plan(policy(), timeline(CREATED, Priority.P1, "-"),
        at("2026-05-11T09:05+02:00"));
    assertThat(plan.due(Set.of())).extracting(d -> d.level().key(), DueEscalation::lateBy)
        .containsExactly(tuple("RESPONSE:WARNING@0.75", Duration.ofMinutes(20)),
            tuple("RESPONSE:BREACH", Duration.ofMinutes(5)));
    assertThat(plan.due(Set.of()).get(0).isLate(Duration.ofMinutes(1))).isTrue();
    assertThat(plan.nextFireAt(Set.of())).contains(at("2026-05-11T09:05+02:00"));
  }

  @Test
  void aFiredLevelIsNotDueAgain() {
    EscalationPlan plan = EscalationPlanner.plan(policy(), timeline(CREATED, Priority.P1, "-"),
        at("2026-05-11T09:05+02:00"));
    Set<String> fired = Set.of("RESPONSE:WARNING@0.75", "RESPONSE:BREACH");
    assertThat(plan.due(fired)).isEmpty();
    assertThat(plan.nextFireAt(fired)).contains(at("2026-05-11T10:15+02:00"));
  }

  @Test
  void twoMilestonesAtRiskAreBothDueNotJustTheNearest() {
    SlaTimeline t = timeline(CREATED, Priority.P1, "2026-05-11T08:30+02:00 ACCEPTED");
    EscalationPlan plan = EscalationPlanner.plan(policy(), t, at("2026-05-11T14:05+02:00"));
    assertThat(plan.due(Set.of("ONSITE:WARNING@0.75"))).extracting(d -> d.level().key())
        .containsExactly("ONSITE:BREACH", "ONSITE:BREACH+30m", "RESOLUTION:WARNING@0.75");
    assertThat(plan.clocks().atRisk()).extracting(MilestoneClock::milestone)
        .containsExactly(Milestone.ONSITE, Milestone.RESOLUTION);
    // response was met at 08:30, before its 08:45 warning: those levels never fire
    assertThat(plan.levelsOf(Milestone.RESPONSE)).extracting(EscalationLevel::status)
        .containsOnly(Status.NEVER);
  }

  @Test
  void nothingIsSentWhilePausedAndMissedLevelsFollowOnResume() {
    String events = "2026-05-11T08:30+02:00 ACCEPTED; 2026-05-11T09:30+02:00 ON_SITE; "
        + "2026-05-11T15:00+02:00 ON_HOLD/WAITING_FOR_PARTS";
    // the resolution warning (14:00) was missed while the server was down; now it is paused
    EscalationPlan paused = EscalationPlanner.plan(policy(), timeline(CREATED, Priority.P1, events),
        at("2026-05-11T17:00+02:00"));
    assertThat(paused.due(Set.of())).isEmpty();
    assertThat(paused.levelsOf(Milestone.RESOLUTION)).extracting(EscalationLevel::fireAt,
        EscalationLevel::status).containsExactly(
            tuple(at("2026-05-11T14:00+02:00"), Status.HELD), tuple(null, Status.HELD));
    assertThat(paused.nextFireAt(Set.of())).isEmpty();

    SlaTimeline resumed = timeline(CREATED, Priority.P1,
        events + "; 2026-05-12T09:00+02:00 ON_SITE");
    EscalationPlan after = EscalationPlanner.plan(policy(), resumed, at("2026-05-12T09:01+02:00"));
    assertThat(after.due(Set.of())).extracting(d -> d.level().key())
        .containsExactly("RESOLUTION:WARNING@0.75");
    // 7 h used before the pause, 1 h left from Tuesday 09:00
    assertThat(after.nextFireAt(Set.of("RESOLUTION:WARNING@0.75")))
        .contains(at("2026-05-12T10:00+02:00"));
  }

  @Test
  void breachPlusCountsBusinessMinutesSoItWaitsForTheMorning() {
    SlaTimeline t = timeline("2026-05-11T14:50+02:00", Priority.P1, "2026-05-11T15:00+02:00 ACCEPTED");
    EscalationPlan plan = EscalationPlanner.plan(policy(), t, at("2026-05-11T15:00+02:00"));
    assertThat(plan.levelsOf(Milestone.ONSITE)).extracting(EscalationLevel::fireAt).containsExactly(
        at("2026-05-11T17:05+02:00"), at("2026-05-11T17:50+02:00"), at("2026-05-12T08:20+02:00"));
  }

  @Test
  void aLateArrivalRecordedOfflineWithdrawsTheOnSiteEscalations() {
    // on site at 10:00 with no signal; the server escalated at 10:15, 11:00 and 11:30; sync at 14:00
    Map<String, Instant> fired = Map.of(
        "RESPONSE:WARNING@0.75", at("2026-05-11T08:45+02:00"),
        "ONSITE:WARNING@0.75", at("2026-05-11T10:15+02:00"),
        "ONSITE:BREACH", at("2026-05-11T11:00+02:00"),
        "ONSITE:BREACH+30m", at("2026-05-11T11:30+02:00"));
    OfflineEventTime arrival = OfflineEventTime.of(at("2026-05-11T10:00+02:00"),
        at("2026-05-11T14:00+02:00"), at("2026-05-11T08:30+02:00"));
    assertThat(arrival.adjustment()).isEqualTo(OfflineEventTime.Adjustment.NONE);
    assertThat(arrival.isLate()).isTrue();
    SlaTimeline t = timeline(CREATED, Priority.P1, "2026-05-11T08:30+02:00 ACCEPTED")
        .status(arrival.effective(), WorkOrderStatus.ON_SITE);
    EscalationPlan plan = EscalationPlanner.plan(policy(), t, at("2026-05-11T14:00+02:00"));

    assertThat(plan.clocks().clock(Milestone.ONSITE).state()).isEqualTo(ClockState.MET);
    // the response warning fired at 08:45 although response was met at 08:30: that one too
    assertThat(EscalationPlanner.withdrawals(policy(), t, fired))
        .extracting(EscalationWithdrawal::key, EscalationWithdrawal::reason)
        .containsExactly(
            tuple("ONSITE:BREACH", EscalationWithdrawal.Reason.MILESTONE_REACHED_FIRST),
            tuple("ONSITE:BREACH+30m", EscalationWithdrawal.Reason.MILESTONE_REACHED_FIRST),
            tuple("ONSITE:WARNING@0.75", EscalationWithdrawal.Reason.MILESTONE_REACHED_FIRST),
            tuple("RESPONSE:WARNING@0.75", EscalationWithdrawal.Reason.MILESTONE_REACHED_FIRST));
  }

  @Test
  void aWarningThatRightlyFiredBeforeTheMilestoneWasMetIsNotWithdrawn() {
    SlaTimeline t = timeline(CREATED, Priority.P1,
        "2026-05-11T08:30+02:00 ACCEPTED; 2026-05-11T10:30+02:00 ON_SITE");
    EscalationPlan plan = EscalationPlanner.plan(policy(), t, at("2026-05-11T12:00+02:00"));
    assertThat(EscalationPlanner.withdrawals(policy(), t,
        Map.of("ONSITE:WARNING@0.75", at("2026-05-11T10:15+02:00")))).isEmpty();
    assertThat(plan.levelsOf(Milestone.ONSITE)).extracting(EscalationLevel::status)
        .containsExactly(Status.SETTLED, Status.NEVER, Status.NEVER);
  }

  @Test
  void aLatePauseTakesBackABreachThatHadNotHappenedYet() {
    String events = "2026-05-11T08:30+02:00 ACCEPTED; 2026-05-11T09:30+02:00 ON_SITE";
    Map<String, Instant> fired = Map.of("RESOLUTION:WARNING@0.75", at("2026-05-11T14:00+02:00"),
        "RESOLUTION:BREACH", at("2026-05-11T16:00+02:00"));
    // the technician put the job on hold at 15:00 offline; it arrives at 16:30
    SlaTimeline t = timeline(CREATED, Priority.P1, events)
        .hold(at("2026-05-11T15:00+02:00"), OnHoldReason.WAITING_FOR_PARTS);
    assertThat(EscalationPlanner.withdrawals(policy(), t, fired))
        .extracting(EscalationWithdrawal::key, EscalationWithdrawal::reason)
        .containsExactly(tuple("RESOLUTION:BREACH", EscalationWithdrawal.Reason.NOT_REACHED_YET));
  }

  @Test
  void aRaisedPriorityDoesNotFireTheSameLevelTwice() {
    SlaTimeline t = timeline(CREATED, Priority.P2, "2026-05-11T08:30+02:00 ACCEPTED");
    EscalationPlan atBreach = EscalationPlanner.plan(policy(), t, at("2026-05-11T12:00+02:00"));
    assertThat(atBreach.due(Set.of("ONSITE:WARNING@0.75"))).extracting(d -> d.level().key())
        .containsExactly("ONSITE:BREACH");
    // the scheduler fires it and raises the priority to P1: the P1 target was due at 11:00
    SlaTimeline raised = t.priority(at("2026-05-11T12:00+02:00"), Priority.P1);
    EscalationPlan after = new EscalationPlanner(Clock.fixed(at("2026-05-11T12:01+02:00"),
        ZoneOffset.UTC)).plan(policy(), raised);
    Set<String> fired = Set.of("ONSITE:WARNING@0.75", "ONSITE:BREACH");
    assertThat(after.clocks().clock(Milestone.ONSITE).breachedAt()).isEqualTo(at("2026-05-11T11:00+02:00"));
    assertThat(after.due(fired)).extracting(d -> d.level().key())
        .containsExactly("ONSITE:BREACH+30m");
    assertThat(EscalationPlanner.withdrawals(policy(), raised, Map.of(
        "ONSITE:WARNING@0.75", at("2026-05-11T11:00+02:00"),
        "ONSITE:BREACH", at("2026-05-11T12:00+02:00")))).isEmpty();
  }

  @Test
  void aLoweredPriorityNeitherUnbreachesNorWithdraws() {
    // breached under P1 at 11:00; lowered to P2 at 11:10, whose on-site target (12:00) is later
    SlaTimeline t = timeline(CREATED, Priority.P1,
        "2026-05-11T08:30+02:00 ACCEPTED; 2026-05-11T11:10+02:00 P2");
    EscalationPlan plan = EscalationPlanner.plan(policy(), t, at("2026-05-11T11:20+02:00"));
    MilestoneClock onsite = plan.clocks().clock(Milestone.ONSITE);
    assertThat(onsite.state()).isEqualTo(ClockState.BREACHED);
    assertThat(onsite.priority()).isEqualTo(Priority.P1);
    assertThat(onsite.breachedAt()).isEqualTo(at("2026-05-11T11:00+02:00"));
    assertThat(EscalationPlanner.withdrawals(policy(), t,
        Map.of("ONSITE:BREACH", at("2026-05-11T11:00+02:00")))).isEmpty();
  }
}
