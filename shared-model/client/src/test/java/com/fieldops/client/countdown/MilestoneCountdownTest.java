package com.fieldops.client.countdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.sla.Milestone;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A badge's state and words as time passes, without the SLA calculator and without a toolkit. */
class MilestoneCountdownTest {
  static final Instant T = Instant.parse("2026-03-10T08:00:00Z");

  @Test
  void aRunningClockTurnsWarningAtItsThresholdAndBreachedAtItsDueInstant() {
    MilestoneCountdown c = new MilestoneCountdown(Milestone.RESPONSE, T.plus(Duration.ofHours(1)),
        T.plus(Duration.ofMinutes(45)), MilestoneCountdown.Phase.RUNNING, null);
    assertThat(c.stateAt(T)).isEqualTo(BadgeState.OK);
    assertThat(c.stateAt(T.plus(Duration.ofMinutes(45)))).isEqualTo(BadgeState.WARNING);
    assertThat(c.stateAt(T.plus(Duration.ofHours(1)))).isEqualTo(BadgeState.BREACHED);
    assertThat(c.leftAt(T.plus(Duration.ofMinutes(65)))).isEqualTo(Duration.ofMinutes(-5));
  }

  @Test
  void aPausedClockShowsWhatWasLeftWhenItPaused() {
    MilestoneCountdown c = new MilestoneCountdown(Milestone.ONSITE, T, T, MilestoneCountdown.Phase.PAUSED,
        Duration.ofMinutes(40));
    assertThat(c.stateAt(T.plus(Duration.ofDays(1)))).isEqualTo(BadgeState.PAUSED);
    assertThat(c.leftAt(T.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofMinutes(40));
  }

  @Test
  void durationsReadShortInEnglishAndChinese() {
    assertThat(DurationText.format(Duration.ofMinutes(185), Locale.ENGLISH)).isEqualTo("3 h 05 min");
    assertThat(DurationText.format(Duration.ofMinutes(-5), Locale.ENGLISH)).isEqualTo("5 min");
    assertThat(DurationText.format(Duration.ofHours(51), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2 天 3 小时");
  }
}
