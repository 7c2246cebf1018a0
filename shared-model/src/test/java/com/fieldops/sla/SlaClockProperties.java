package com.fieldops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.workorder.model.OnHoldReason;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the SLA clocks over random calendars, zones, targets and histories. */
class SlaClockProperties {

  private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York",
      "Asia/Shanghai", "Australia/Sydney", "America/Sao_Paulo", "Pacific/Auckland", "Asia/Kolkata",
      "UTC");
  private static final List<String> DAY_PATTERNS = List.of("08:00-18:00", "08:00-12:00,13:00-17:00",
      "00:00-24:00", "22:00-24:00", "01:00-05:00", "09:30-10:15", "", "", "06:00-14:00,14:00-22:00");
  /** 2026-01-01 to 2027-01-01, covering both DST switches everywhere. */
  private static final long YEAR_START = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
  private static final long YEAR_MINUTES = 365L * 24 * 60;

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    Arbitrary<String> zone = Arbitraries.of(ZONES);
    Arbitrary<List<String>> days = Arbitraries.of(DAY_PATTERNS).list().ofSize(7)
        .filter(list -> list.stream().anyMatch(p -> !p.isEmpty()));
    Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers().between(0, 364)
        .map(d -> LocalDate.of(2026, 1, 1).plusDays(d)).set().ofMaxSize(6);
    Arbitrary<Boolean> alwaysOpen = Arbitraries.of(true, false, false, false);
    return Combinators.combine(zone, days, holidays, alwaysOpen).as((z, pattern, hol, always) -> {
      if (always) {
        return BusinessCalendar.twentyFourSeven(z);
      }
      Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        String p = pattern.get(d.ordinal());
        hours.put(d, p.isEmpty() ? List.of()
            : java.util.Arrays.stream(p.split(",")).map(OpeningInterval::parse).toList());
      }
      return BusinessCalendar.weekly(z, hours, hol);
    });
  }

  @Provide
  Arbitrary<Instant> creations() {
    return Arbitraries.longs().between(0, YEAR_MINUTES)
        .map(m -> Instant.ofEpochSecond(YEAR_START + m * 60));
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(ZONES);
  }

  private static SlaPolicy policy(BusinessCalendar calendar, long targetMinutes) {
    return SlaPolicy.of(SlaFixtures.POLICY_ID, "p",
        Map.of(Priority.P2, SlaTargets.of(targetMinutes, targetMinutes, targetMinutes),
            Priority.P1, SlaTargets.of(Math.max(1, targetMinutes / 4), Math.max(1, targetMinutes / 4),
                Math.max(1, targetMinutes / 4))),
        calendar);
  }

  /** Alternating holds and resumes at the given gaps (minutes after the previous event). */
  private static SlaTimeline withPauses(Instant created, List<Integer> gaps) {
    SlaTimeline t = SlaTimeline.created(created, Priority.P2)
        .status(created.plusSeconds(60), WorkOrderStatus.ON_SITE);
    Instant at = created.plusSeconds(60);
    boolean holding = false;
    for (int gap : gaps) {
      at = at.plus(Duration.ofMinutes(gap));
      t = holding ? t.status(at, WorkOrderStatus.ON_SITE) : t.hold(at, OnHoldReason.WAITING_FOR_PARTS);
      holding = !holding;
    }
    return holding ? t.status(at.plusSeconds(60), WorkOrderStatus.ON_SITE) : t;
  }

  @Property(tries = 150)
  void dueIsNeverBeforeCreation(@ForAll("calendars") BusinessCalendar calendar,
      @ForAll("creations") Instant created, @ForAll @LongRange(min = 1, max = 20_000) long target,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 5000) Integer> gaps) {
    SlaTimeline timeline = withPauses(created, gaps);
    MilestoneClock clock = SlaCalculator.compute(policy(calendar, target), timeline,
        timeline.lastEventAt()).clock(Milestone.RESOLUTION);
    assertThat(clock.dueAt()).isNotNull().isAfter(created);
    clock.warnings().forEach(w -> assertThat(w.at()).isAfter(created).isBeforeOrEqualTo(clock.dueAt()));
  }

  @Property(tries = 150)
  void morePauseNeverMakesTheDueInstantEarlier(@ForAll("calendars") BusinessCalendar calendar,
      @ForAll("creations") Instant created, @ForAll @LongRange(min = 1, max = 20_000) long target,
      @ForAll @IntRange(min = 0, max = 3000) int before,
      @ForAll @IntRange(min = 0, max = 3000) int pause,
      @ForAll @IntRange(min = 1, max = 3000) int extra) {
    SlaPolicy policy = policy(calendar, target);
    SlaTimeline none = withPauses(created, List.of());
    SlaTimeline shorter = withPauses(created, List.of(before, pause));
    SlaTimeline longer = withPauses(created, List.of(before, pause + extra));
    Instant now = longer.lastEventAt();
    Instant dueNone = SlaCalculator.compute(policy, none, now).clock(Milestone.RESOLUTION).dueAt();
    Instant dueShorter = SlaCalculator.compute(policy, shorter, now).clock(Milestone.RESOLUTION).dueAt();
    Instant dueLonger = SlaCalculator.compute(policy, longer, now).clock(Milestone.RESOLUTION).dueAt();
    assertThat(dueShorter).isAfterOrEqualTo(dueNone);
    assertThat(dueLonger).isAfterOrEqualTo(dueShorter);
  }

  @Property(tries = 150)
  void aTwentyFourSevenCalendarIsPlainArithmetic(@ForAll("zones") String zone,
      @ForAll("creations") Instant created, @ForAll @LongRange(min = 1, max = 100_000) long target,
      @ForAll @IntRange(min = 0, max = 5000) int pauseStart,
      @ForAll @IntRange(min = 1, max = 5000) int pauseLength) {
    SlaPolicy policy = policy(BusinessCalendar.twentyFourSeven(zone), target);
    SlaTimeline plain = SlaTimeline.created(created, Priority.P2);
    assertThat(SlaCalculator.compute(policy, plain, created).clock(Milestone.RESOLUTION).dueAt())
        .isEqualTo(created.plus(Duration.ofMinutes(target)));
    // a pause that starts before the due instant moves it by exactly its length
    SlaTimeline paused = withPauses(created, List.of(pauseStart, pauseLength));
    long runningBeforePause = 1 + pauseStart;
    if (runningBeforePause < target) {
      assertThat(SlaCalculator.compute(policy, paused, paused.lastEventAt())
          .clock(Milestone.RESOLUTION).dueAt())
          .isEqualTo(created.plus(Duration.ofMinutes(target + pauseLength)));
    }
  }

  /** A random history: events of any kind, priority moves up and down, at gaps up to 15 h. */
  @Provide
  Arbitrary<List<Map.Entry<Integer, Integer>>> histories() {
    Arbitrary<Integer> kind = Arbitraries.frequency(
        net.jqwik.api.Tuple.of(1, 0), net.jqwik.api.Tuple.of(1, 1), net.jqwik.api.Tuple.of(2, 2),
        net.jqwik.api.Tuple.of(1, 3), net.jqwik.api.Tuple.of(3, 4), net.jqwik.api.Tuple.of(3, 5),
        net.jqwik.api.Tuple.of(1, 6), net.jqwik.api.Tuple.of(1, 7), net.jqwik.api.Tuple.of(1, 8));
    Arbitrary<Integer> gap = Arbitraries.integers().between(0, 900);
    return Combinators.combine(gap, kind).as(Map::entry).list().ofMinSize(2).ofMaxSize(10);
  }

  @Property(tries = 100)
  void metAndBreachedNeverFlipBack(@ForAll("calendars") BusinessCalendar calendar,
      @ForAll("creations") Instant created, @ForAll @LongRange(min = 1, max = 3_000) long target,
      @ForAll("histories") List<Map.Entry<Integer, Integer>> history) {
    SlaTimeline t = SlaTimeline.created(created, Priority.P2);
    Instant at = created;
    for (Map.Entry<Integer, Integer> event : history) {
      at = at.plus(Duration.ofMinutes(event.getKey()));
      t = switch (event.getValue()) {
        case 0 -> t.status(at, WorkOrderStatus.ACCEPTED);
        case 1 -> t.status(at, WorkOrderStatus.ON_SITE);
        case 2 -> t.hold(at, OnHoldReason.WAITING_FOR_CUSTOMER);
        case 3 -> t.status(at, WorkOrderStatus.COMPLETED);
        case 4 -> t.priority(at, Priority.P1);
        case 5 -> t.priority(at, Priority.P2);
        case 6 -> t.status(at, WorkOrderStatus.ASSIGNED);
        case 7 -> t.status(at, WorkOrderStatus.CANCELLED);
        default -> t.hold(at, OnHoldReason.OTHER);
      };
    }
    SlaPolicy policy = policy(calendar, target);
    Set<ClockState> finalStates = EnumSet.of(ClockState.MET, ClockState.BREACHED, ClockState.STOPPED);
    Map<Milestone, ClockState> settled = new EnumMap<>(Milestone.class);
    for (int step = 0; step <= 150; step++) {
      Instant now = created.plus(Duration.ofMinutes(step * 60L));
      for (MilestoneClock clock : SlaCalculator.compute(policy, t, now).clocks()) {
        ClockState before = settled.get(clock.milestone());
        if (before != null) {
          assertThat(clock.state()).as("%s at %s", clock.milestone(), now).isEqualTo(before);
        } else if (finalStates.contains(clock.state())) {
          settled.put(clock.milestone(), clock.state());
        }
      }
    }
  }

  @Property(tries = 150)
  void addingBusinessTimeAndMeasuringItAgree(@ForAll("calendars") BusinessCalendar calendar,
      @ForAll("creations") Instant from, @ForAll @LongRange(min = 0, max = 50_000) long minutes) {
    BusinessTime time = BusinessTime.of(calendar);
    Instant to = time.plus(from, Duration.ofMinutes(minutes));
    assertThat(time.between(from, to)).isEqualTo(Duration.ofMinutes(minutes));
    assertThat(to).isAfterOrEqualTo(from);
  }
}
