package com.fieldops.sla;

import static com.fieldops.sla.SlaFixtures.at;
import static com.fieldops.sla.SlaFixtures.calendar;
import static com.fieldops.sla.SlaFixtures.policy;
import static com.fieldops.sla.SlaFixtures.timeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed due instants. Times are written with the offset in force locally, so each row
 * also shows which side of a DST switch it is on. The resolution clock is used so that status
 * events (ON_SITE) never stop it; the timeline is evaluated at its last event.
 */
class SlaCalculatorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                                           | calendar             | created                | prio | targets          | events | due
      Friday-evening ticket rolls over the weekend      | office-berlin        | 2026-03-20T17:00+01:00 | P2   | P2=240           | -      | 2026-03-23T11:00+01:00
      created after closing starts at next opening      | office-berlin        | 2026-03-20T19:30+01:00 | P2   | P2=240           | -      | 2026-03-23T12:00+01:00
      created on Saturday starts on Monday              | office-berlin        | 2026-03-21T10:00+01:00 | P2   | P2=60            | -      | 2026-03-23T09:00+01:00
      target used up exactly at closing is due at closing | office-berlin      | 2026-03-23T16:00+01:00 | P2   | P2=120           | -      | 2026-03-23T18:00+01:00
      holiday Monday (Easter Monday) is skipped         | office-berlin-easter | 2026-04-03T16:00+02:00 | P2   | P2=240           | -      | 2026-04-07T10:00+02:00
      Europe spring forward weekend (29 March)          | office-berlin        | 2026-03-27T17:00+01:00 | P2   | P2=240           | -      | 2026-03-30T11:00+02:00
      Europe fall back weekend (25 October)             | office-berlin        | 2026-10-23T17:00+02:00 | P2   | P2=240           | -      | 2026-10-26T11:00+01:00
      Europe night shift across the switch is 3 h long  | night-berlin         | 2026-03-29T00:30+01:00 | P2   | P2=240           | -      | 2026-03-30T02:00+02:00
      Europe 24x7 over spring forward is real time      | 24x7-berlin          | 2026-03-28T22:00+01:00 | P2   | P2=480           | -      | 2026-03-29T07:00+02:00
      US spring forward weekend (8 March)               | office-ny            | 2026-03-06T16:00-05:00 | P2   | P2=120           | -      | 2026-03-09T10:00-04:00
      US fall back weekend (1 November)                 | office-ny            | 2026-10-30T16:00-04:00 | P2   | P2=120           | -      | 2026-11-02T10:00-05:00
      US 24x7 over fall back is real time               | 24x7-ny              | 2026-10-31T23:00-04:00 | P2   | P2=240           | -      | 2026-11-01T02:00-05:00
      Shanghai holidays in the calendar's zone          | office-shanghai      | 2026-09-30T17:00+08:00 | P2   | P2=240           | -      | 2026-10-05T12:00+08:00
      Shanghai holiday that is still 30 Sept in UTC     | office-shanghai      | 2026-10-01T00:30+08:00 | P2   | P2=60            | -      | 2026-10-05T10:00+08:00
      pause spanning a night                            | office-berlin        | 2026-05-12T16:00+02:00 | P2   | P2=480           | 2026-05-12T16:30+02:00 ON_SITE; 2026-05-12T17:00+02:00 ON_HOLD/WAITING_FOR_PARTS; 2026-05-13T10:00+02:00 ON_SITE | 2026-05-13T17:00+02:00
      on hold for another reason does not pause         | office-berlin        | 2026-05-12T16:00+02:00 | P2   | P2=480           | 2026-05-12T16:30+02:00 ON_SITE; 2026-05-12T17:00+02:00 ON_HOLD/OTHER; 2026-05-13T10:00+02:00 ON_SITE | 2026-05-13T14:00+02:00
      pause entirely outside opening hours costs nothing | office-berlin       | 2026-05-12T16:00+02:00 | P2   | P2=480           | 2026-05-12T16:30+02:00 ON_SITE; 2026-05-12T19:00+02:00 ON_HOLD/WAITING_FOR_CUSTOMER; 2026-05-13T07:00+02:00 ON_SITE | 2026-05-13T14:00+02:00
      events outside opening hours: hold and resume at night | office-berlin  | 2026-05-11T08:00+02:00 | P2   | P2=1200          | 2026-05-11T09:00+02:00 ON_SITE; 2026-05-11T20:00+02:00 ON_HOLD/WAITING_FOR_PARTS; 2026-05-12T22:00+02:00 ON_SITE | 2026-05-13T18:00+02:00
      priority raised mid-way recomputes from creation  | office-berlin        | 2026-05-11T08:00+02:00 | P3   | P3=480,P1=120    | 2026-05-11T09:00+02:00 P1 | 2026-05-11T10:00+02:00
      priority raised keeps the pause                   | office-berlin        | 2026-05-12T08:00+02:00 | P3   | P3=960,P2=480    | 2026-05-12T09:00+02:00 ON_SITE; 2026-05-12T10:00+02:00 ON_HOLD/WAITING_FOR_CUSTOMER; 2026-05-12T14:00+02:00 ON_SITE; 2026-05-12T15:00+02:00 P2 | 2026-05-13T10:00+02:00
      priority lowered mid-way uses the new target      | office-berlin        | 2026-05-11T08:00+02:00 | P1   | P1=120,P3=480    | 2026-05-11T09:00+02:00 P3 | 2026-05-11T16:00+02:00
      """)
  void dueInstantsAreHandComputed(String name, String calendar, String created, Priority priority,
      String targets, String events, String expectedDue) {
    SlaPolicy policy = policy(calendar(calendar), targets);
    SlaTimeline timeline = timeline(created, priority, events);
    SlaClocks clocks = SlaCalculator.compute(policy, timeline, timeline.lastEventAt());
    assertThat(clocks.clock(Milestone.RESOLUTION).dueAt()).isEqualTo(at(expectedDue));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                                          | calendar      | created                | target | thresholds   | warnings
      split shift: 75 % falls after the lunch break    | split-berlin  | 2026-05-11T10:00+02:00 | 240    | 0.5,0.75     | 2026-05-11T12:00+02:00,2026-05-11T14:00+02:00
      split shift: warning runs into the next morning  | split-berlin  | 2026-05-11T15:00+02:00 | 480    | 0.25,0.5,0.9 | 2026-05-11T17:00+02:00,2026-05-12T10:00+02:00,2026-05-12T14:12+02:00
      default threshold is three quarters              | office-berlin | 2026-03-20T17:00+01:00 | 240    | -            | 2026-03-23T10:00+01:00
      warning across the European DST weekend          | office-berlin | 2026-03-27T17:00+01:00 | 240    | 0.75         | 2026-03-30T10:00+02:00
      """)
  void warningInstantsAreHandComputed(String name, String calendar, String created, long target,
      String thresholds, String expected) {
    SlaPolicy policy = policy(calendar(calendar), "P2=" + target);
    if (!thresholds.equals("-")) {
      policy = policy.withWarningThresholds(java.util.Arrays.stream(thresholds.split(","))
          .map(Double::valueOf).toArray(Double[]::new));
    }
    SlaTimeline timeline = timeline(created, Priority.P2, "-");
    MilestoneClock clock = SlaCalculator.compute(policy, timeline, timeline.createdAt())
        .clock(Milestone.RESPONSE);
    assertThat(clock.warnings()).extracting(WarningInstant::at)
        .containsExactlyElementsOf(java.util.Arrays.stream(expected.split(","))
            .map(SlaFixtures::at).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                                   | events                                   | now                    | state    | used | left
      running before any event                  | -                                        | 2026-05-11T09:00+02:00 | RUNNING  | 60   | 60
      accepted before due is met                | 2026-05-11T09:30+02:00 ACCEPTED          | 2026-05-11T12:00+02:00 | MET      | 90   | 30
      accepted exactly at due is met            | 2026-05-11T10:00+02:00 ACCEPTED          | 2026-05-11T12:00+02:00 | MET      | 120  | 0
      breached at the due instant itself        | -                                        | 2026-05-11T10:00+02:00 | BREACHED | 120  | 0
      accepted after due stays breached         | 2026-05-11T10:01+02:00 ACCEPTED          | 2026-05-11T12:00+02:00 | BREACHED | 121  | -1
      paused before due                         | 2026-05-11T09:00+02:00 ON_HOLD/WAITING_FOR_CUSTOMER | 2026-05-11T15:00+02:00 | PAUSED | 60 | 60
      breached then paused stays breached       | 2026-05-11T10:30+02:00 ON_HOLD/WAITING_FOR_CUSTOMER | 2026-05-11T15:00+02:00 | BREACHED | 150 | -30
      en route (later status) also meets response | 2026-05-11T09:00+02:00 EN_ROUTE        | 2026-05-11T12:00+02:00 | MET      | 60   | 60
      cancelled before due is stopped           | 2026-05-11T09:00+02:00 CANCELLED         | 2026-05-11T12:00+02:00 | STOPPED  | 60   | 60
      reassignment after acceptance stays met   | 2026-05-11T09:00+02:00 ACCEPTED; 2026-05-11T09:10+02:00 ASSIGNED | 2026-05-11T12:00+02:00 | MET | 60 | 60
      """)
  void responseClockStates(String name, String events, String now, ClockState state, long usedMinutes,
      long leftMinutes) {
    SlaPolicy policy = policy(calendar("office-berlin"), "P1=120");
    SlaTimeline timeline = timeline("2026-05-11T08:00+02:00", Priority.P1, events);
    MilestoneClock clock = SlaCalculator.compute(policy, timeline, at(now)).clock(Milestone.RESPONSE);
    assertThat(clock.state()).isEqualTo(state);
    assertThat(clock.businessTimeUsed()).isEqualTo(Duration.ofMinutes(usedMinutes));
    assertThat(clock.businessTimeLeft()).isEqualTo(Duration.ofMinutes(leftMinutes));
  }

  @Test
  void theInjectedClockDecidesNow() {
    SlaPolicy policy = policy(calendar("office-berlin"), "P1=120");
    SlaTimeline timeline = timeline("2026-05-11T08:00+02:00", Priority.P1, "-");
    SlaCalculator before = new SlaCalculator(Clock.fixed(at("2026-05-11T09:59+02:00"), ZoneOffset.UTC));
    SlaCalculator after = new SlaCalculator(Clock.fixed(at("2026-05-11T10:00+02:00"), ZoneOffset.UTC));
    assertThat(before.compute(policy, timeline).clock(Milestone.RESPONSE).state())
        .isEqualTo(ClockState.RUNNING);
    assertThat(after.compute(policy, timeline).clock(Milestone.RESPONSE).state())
        .isEqualTo(ClockState.BREACHED);
    assertThat(after.compute(policy, timeline).clock(Milestone.RESPONSE).breachedAt())
        .isEqualTo(at("2026-05-11T10:00+02:00"));
  }

  @Test
  void aMetClockStillShowsWhenItWasDue() {
    SlaPolicy policy = policy(calendar("office-berlin"), "P1=120");
    SlaTimeline timeline = timeline("2026-05-11T08:00+02:00", Priority.P1,
        "2026-05-11T09:30+02:00 ACCEPTED");
    MilestoneClock clock = SlaCalculator.compute(policy, timeline, at("2026-05-11T12:00+02:00"))
        .clock(Milestone.RESPONSE);
    assertThat(clock.metAt()).isEqualTo(at("2026-05-11T09:30+02:00"));
    assertThat(clock.dueAt()).isEqualTo(at("2026-05-11T10:00+02:00"));
  }

  @Test
  void aPausedClockHasNoDueInstantButKeepsItsPassedWarnings() {
    SlaPolicy policy = policy(calendar("office-berlin"), "P1=120").withWarningThresholds(0.25, 0.75);
    SlaTimeline timeline = timeline("2026-05-11T08:00+02:00", Priority.P1,
        "2026-05-11T09:00+02:00 ON_HOLD/WAITING_FOR_PARTS");
    MilestoneClock clock = SlaCalculator.compute(policy, timeline, at("2026-05-11T11:00+02:00"))
        .clock(Milestone.RESPONSE);
    assertThat(clock.state()).isEqualTo(ClockState.PAUSED);
    assertThat(clock.dueAt()).isNull();
    assertThat(clock.pausedSince()).isEqualTo(at("2026-05-11T09:00+02:00"));
    assertThat(clock.warnings()).extracting(WarningInstant::at)
        .containsExactly(at("2026-05-11T08:30+02:00"), null);
  }

  @Test
  void eventsAfterNowAreNotKnownYet() {
    SlaPolicy policy = policy(calendar("office-berlin"), "P1=120");
    SlaTimeline timeline = timeline("2026-05-11T08:00+02:00", Priority.P1,
        "2026-05-11T11:00+02:00 ACCEPTED");
    assertThat(SlaCalculator.compute(policy, timeline, at("2026-05-11T09:00+02:00"))
        .clock(Milestone.RESPONSE).state()).isEqualTo(ClockState.RUNNING);
  }

  @Test
  void aMilestoneWithoutTargetAtThisPriorityIsNotApplicable() {
    SlaPolicy base = policy(calendar("office-berlin"), "P1=120");
    SlaPolicy policy = new SlaPolicy(base.id(), base.name(),
        Map.of(Priority.P1, SlaTargets.of(60L, null, 480L)), base.calendar(), null, null, null);
    SlaClocks clocks = SlaCalculator.compute(policy,
        timeline("2026-05-11T08:00+02:00", Priority.P1, "-"), at("2026-05-11T08:30+02:00"));
    assertThat(clocks.clock(Milestone.ONSITE).state()).isEqualTo(ClockState.NOT_APPLICABLE);
    assertThat(clocks.clock(Milestone.RESPONSE).state()).isEqualTo(ClockState.RUNNING);
    assertThat(clocks.clocks()).hasSize(3);
  }

  @Test
  void everyClockAtRiskIsVisibleNotJustTheNearest() {
    SlaPolicy base = policy(calendar("office-berlin"), "P1=120");
    SlaPolicy policy = new SlaPolicy(base.id(), base.name(),
        Map.of(Priority.P1, SlaTargets.of(60L, 120L, 480L)), base.calendar(), null, null, null);
    SlaClocks clocks = SlaCalculator.compute(policy,
        timeline("2026-05-11T08:00+02:00", Priority.P1, "-"), at("2026-05-11T09:40+02:00"));
    // response breached at 09:00, on-site past its 75 % warning (09:30), resolution fine
    assertThat(clocks.atRisk()).extracting(MilestoneClock::milestone)
        .containsExactly(Milestone.RESPONSE, Milestone.ONSITE);
    assertThat(clocks.nextChangeAt()).contains(at("2026-05-11T10:00+02:00"));
  }

  @Test
  void aCalendarWithNoOpeningHoursSaysSoInsteadOfLooping() {
    BusinessCalendar none = BusinessCalendar.weekly("Europe/Berlin", Map.of(), null);
    SlaPolicy policy = policy(none, "P1=120");
    SlaTimeline timeline = timeline("2026-05-11T08:00+02:00", Priority.P1, "-");
    assertThatThrownBy(() -> SlaCalculator.compute(policy, timeline, at("2026-05-11T09:00+02:00")))
        .isInstanceOf(SlaCalendarException.class)
        .hasMessage("the business calendar in Europe/Berlin has no opening hours at all, "
            + "so no due instant can be computed")
        .satisfies(e -> assertThat(((SlaCalendarException) e).message(Locale.SIMPLIFIED_CHINESE))
            .isEqualTo("时区 Europe/Berlin 的工作日历完全没有营业时间，无法计算截止时间"));
  }

  @Test
  void aCalendarClosedForDecadesStopsAtTheLookAhead() {
    List<LocalDate> closed = new ArrayList<>();
    for (LocalDate d = LocalDate.parse("2026-05-11"); d.getYear() < 2047; d = d.plusDays(1)) {
      closed.add(d);
    }
    BusinessCalendar calendar = calendar("office-berlin").withHolidays(closed.toArray(LocalDate[]::new));
    SlaPolicy policy = policy(calendar, "P1=120");
    SlaTimeline timeline = timeline("2026-05-11T08:00+02:00", Priority.P1, "-");
    long start = System.nanoTime();
    assertThatThrownBy(() -> SlaCalculator.compute(policy, timeline, at("2026-05-11T09:00+02:00")))
        .isInstanceOf(SlaCalendarException.class)
        .hasMessageContaining("within 7,305 days");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aYearLongTargetIsComputedInDaysNotMinutes() {
    SlaPolicy policy = policy(calendar("split-berlin"), "P4=" + SlaTargets.MAX_MINUTES);
    SlaTimeline timeline = timeline("2026-05-11T08:00+02:00", Priority.P4, "-");
    long start = System.nanoTime();
    Instant due = SlaCalculator.compute(policy, timeline, timeline.createdAt())
        .clock(Milestone.RESOLUTION).dueAt();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    // 527040 min at 8 h a day = 1098 business days = 219 weeks (to Monday 2030-07-22) + Monday,
    // Tuesday and Wednesday: the last one ends at 17:00 on Wednesday 2030-07-24.
    assertThat(due).isEqualTo(at("2030-07-24T17:00+02:00"));
  }

  @Test
  void onHoldWithoutReasonCountsAsOtherAndDoesNotPause() {
    SlaPolicy policy = policy(calendar("24x7-berlin"), "P1=120");
    SlaTimeline timeline = SlaTimeline.created(at("2026-05-11T08:00+02:00"), Priority.P1)
        .status(at("2026-05-11T08:10+02:00"), WorkOrderStatus.ON_SITE)
        .hold(at("2026-05-11T08:30+02:00"), null);
    assertThat(SlaCalculator.compute(policy, timeline, at("2026-05-11T09:00+02:00"))
        .clock(Milestone.RESOLUTION).state()).isEqualTo(ClockState.RUNNING);
    SlaTimeline waiting = SlaTimeline.created(at("2026-05-11T08:00+02:00"), Priority.P1)
        .hold(at("2026-05-11T08:30+02:00"), OnHoldReason.WAITING_FOR_PARTS);
    assertThat(SlaCalculator.compute(policy, waiting, at("2026-05-11T09:00+02:00"))
        .clock(Milestone.RESOLUTION).state()).isEqualTo(ClockState.PAUSED);
  }

  @Test
  void holidaysAreTakenInTheCalendarsZoneWhateverTheJvmZone() {
    SlaPolicy policy = policy(calendar("office-shanghai"), "P2=60");
    // 1 October 00:30 in Shanghai is still 30 September (a workday) in UTC and in Kiritimati +14
    // it is already 1 October 06:30: only the calendar's zone may decide
    SlaTimeline timeline = timeline("2026-10-01T00:30+08:00", Priority.P2, "-");
    java.util.TimeZone jvmZone = java.util.TimeZone.getDefault();
    try {
      for (String zone : List.of("UTC", "Pacific/Kiritimati", "America/Los_Angeles")) {
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
        assertThat(SlaCalculator.compute(policy, timeline, timeline.createdAt())
            .clock(Milestone.RESOLUTION).dueAt()).as(zone).isEqualTo(at("2026-10-05T10:00+08:00"));
      }
    } finally {
      java.util.TimeZone.setDefault(jvmZone);
    }
  }

  @Test
  void aCalendarEditMovesOpenClocksOnTheNextComputation() {
    SlaPolicy policy = policy(calendar("office-berlin"), "P2=240");
    SlaTimeline timeline = timeline("2026-03-20T17:00+01:00", Priority.P2, "-");
    Instant now = at("2026-03-20T17:30+01:00");
    assertThat(SlaCalculator.compute(policy, timeline, now).clock(Milestone.RESOLUTION).dueAt())
        .isEqualTo(at("2026-03-23T11:00+01:00"));
    // the admin adds a holiday on that Monday: nothing is cached, the same call gives the new due
    SlaPolicy edited = policy.withCalendar(policy.calendar().withHolidays(LocalDate.parse("2026-03-23")));
    assertThat(SlaCalculator.compute(edited, timeline, now).clock(Milestone.RESOLUTION).dueAt())
        .isEqualTo(at("2026-03-24T11:00+01:00"));
  }

  @Test
  void aPolicyRoundTripsThroughJson() throws Exception {
    SlaPolicy policy = SlaPolicyValidationTest.goodPolicy()
        .withCalendar(calendar("office-berlin-easter").withHours(java.time.DayOfWeek.SATURDAY, "09:00-13:00",
            "22:00-24:00"))
        .withWarningThresholds(0.5, 0.9);
    String json = com.fieldops.common.json.Json.write(policy);
    assertThat(json).contains("\"22:00-24:00\"").contains("\"2026-04-06\"");
    assertThat(com.fieldops.common.json.Json.mapper().readValue(json, SlaPolicy.class)).isEqualTo(policy);
  }
}
