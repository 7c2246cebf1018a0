package com.fieldops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fieldops.workorder.model.Priority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Business time counts only instants that exist. Calendars here are open every day with the given
 * hours, so the DST night itself is a business day. All instants are UTC: Berlin springs forward
 * at 2026-03-29T01:00Z (02:00 CET becomes 03:00 CEST), New York at 2026-03-08T07:00Z (02:00 EST
 * becomes 03:00 EDT); Berlin falls back at 2026-10-25T01:00Z (03:00 CEST becomes 02:00 CET).
 */
class BusinessTimeDstTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                                                 | zone             | hours       | from                 | minutes | due
      end in the gap counts the 60 real minutes (the report) | Europe/Berlin    | 01:00-02:30 | 2026-03-29T00:00:00Z | 80      | 2026-03-29T23:20:00Z
      end in the gap, target exactly the real minutes        | Europe/Berlin    | 01:00-02:30 | 2026-03-29T00:00:00Z | 60      | 2026-03-29T01:00:00Z
      start in the gap opens at the gap's end (03:00 local)  | Europe/Berlin    | 02:30-05:00 | 2026-03-29T00:00:00Z | 10      | 2026-03-29T01:10:00Z
      start in the gap, whole interval is 2 real hours       | Europe/Berlin    | 02:30-05:00 | 2026-03-29T00:00:00Z | 130     | 2026-03-30T00:40:00Z
      interval wholly inside the gap contains no time        | Europe/Berlin    | 02:00-03:00 | 2026-03-29T00:00:00Z | 30      | 2026-03-30T00:30:00Z
      day before the switch is unaffected                    | Europe/Berlin    | 01:00-02:30 | 2026-03-28T00:00:00Z | 80      | 2026-03-28T01:20:00Z
      New York end in the gap                                | America/New_York | 01:00-02:30 | 2026-03-08T06:00:00Z | 80      | 2026-03-09T05:20:00Z
      New York start in the gap opens at 03:00 local         | America/New_York | 02:30-05:00 | 2026-03-08T05:00:00Z | 10      | 2026-03-08T07:10:00Z
      New York interval wholly inside the gap                | America/New_York | 02:00-03:00 | 2026-03-08T05:00:00Z | 30      | 2026-03-09T06:30:00Z
      Berlin fall back: 02:00-03:00 local is two real hours  | Europe/Berlin    | 02:00-03:00 | 2026-10-25T00:00:00Z | 120     | 2026-10-25T02:00:00Z
      Berlin fall back: 01:00-05:00 local is five real hours | Europe/Berlin    | 01:00-05:00 | 2026-10-24T23:00:00Z | 300     | 2026-10-25T04:00:00Z
      """)
  void dueInstantCountsOnlyRealMinutes(String name, String zone, String hours, Instant from, long minutes,
      Instant due) {
    BusinessTime time = BusinessTime.of(everyDay(zone, hours));

    assertThat(time.plus(from, Duration.ofMinutes(minutes))).isEqualTo(due);
    // and the other way round: the opening time counted up to the due instant is the target
    assertThat(time.between(from, due)).isEqualTo(Duration.ofMinutes(minutes));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # case                                   | zone             | hours       | from                 | to                   | minutes
      Berlin spring-forward night 01:00-02:30  | Europe/Berlin    | 01:00-02:30 | 2026-03-29T00:00:00Z | 2026-03-29T12:00:00Z | 60
      Berlin spring-forward night 02:30-05:00  | Europe/Berlin    | 02:30-05:00 | 2026-03-29T00:00:00Z | 2026-03-29T12:00:00Z | 120
      New York spring-forward night 01:00-02:30 | America/New_York | 01:00-02:30 | 2026-03-08T05:00:00Z | 2026-03-08T17:00:00Z | 60
      New York spring-forward night 02:30-05:00 | America/New_York | 02:30-05:00 | 2026-03-08T05:00:00Z | 2026-03-08T17:00:00Z | 120
      Berlin fall-back night 01:00-05:00 counts each real minute once | Europe/Berlin | 01:00-05:00 | 2026-10-24T22:00:00Z | 2026-10-25T12:00:00Z | 300
      Berlin fall-back night 02:00-02:30 (earlier offset) | Europe/Berlin | 02:00-02:30 | 2026-10-24T22:00:00Z | 2026-10-25T12:00:00Z | 30
      """)
  void openingTimeOfTheNightIsItsRealLength(String name, String zone, String hours, Instant from, Instant to,
      long minutes) {
    assertThat(BusinessTime.of(everyDay(zone, hours)).between(from, to)).isEqualTo(Duration.ofMinutes(minutes));
  }

  @Test
  void openingInTheGapIsOpenFromTheGapsEnd() {
    BusinessTime time = BusinessTime.of(everyDay("Europe/Berlin", "02:30-05:00"));

    assertThat(time.isOpen(Instant.parse("2026-03-29T00:59:59Z"))).isFalse();
    assertThat(time.isOpen(Instant.parse("2026-03-29T01:00:00Z"))).isTrue(); // 03:00 CEST
  }

  @Test
  void theReportedJobIsDueAtTwentyPastElevenUtc() {
    SlaPolicy policy = SlaFixtures.policy(everyDay("Europe/Berlin", "01:00-02:30"), "P2=80");
    SlaTimeline timeline = SlaTimeline.created(Instant.parse("2026-03-29T00:00:00Z"), Priority.P2);

    SlaClocks clocks = SlaCalculator.compute(policy, timeline, Instant.parse("2026-03-29T00:00:00Z"));

    assertThat(clocks.clock(Milestone.RESPONSE).dueAt()).isEqualTo(Instant.parse("2026-03-29T23:20:00Z"));
  }

  @Test
  @Timeout(5)
  void anAbsurdCreationInstantIsACalendarErrorNotAnEndlessCount() {
    SlaPolicy policy = SlaFixtures.policy(everyDay("Europe/Berlin", "08:00-18:00"), "P2=80");
    Instant created = Instant.parse("-200000000-01-01T00:00:00Z");
    SlaTimeline timeline = SlaTimeline.created(created, Priority.P2);

    assertThatThrownBy(() -> SlaCalculator.compute(policy, timeline, Instant.parse("2026-05-01T00:00:00Z")))
        .isInstanceOf(SlaCalendarException.class)
        .hasMessageContaining("-200000000")
        .extracting(e -> ((SlaCalendarException) e).messageKey())
        .isEqualTo("com.fieldops.sla.calendar.spanTooLong");
  }

  private static BusinessCalendar everyDay(String zone, String hours) {
    Map<DayOfWeek, List<OpeningInterval>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      week.put(d, List.of(OpeningInterval.parse(hours)));
    }
    return BusinessCalendar.weekly(zone, week, Set.of());
  }
}
