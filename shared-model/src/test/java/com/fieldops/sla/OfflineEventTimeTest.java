package com.fieldops.sla;

import static com.fieldops.sla.SlaFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.sla.OfflineEventTime.Adjustment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflineEventTimeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # case                                 | device                 | received               | previous               | effective              | adjustment
      offline action counts when it happened  | 2026-05-11T10:00+02:00 | 2026-05-11T14:00+02:00 | 2026-05-11T08:30+02:00 | 2026-05-11T10:00+02:00 | NONE
      device clock ahead is capped at receipt | 2026-05-11T15:00+02:00 | 2026-05-11T14:00+02:00 | 2026-05-11T08:30+02:00 | 2026-05-11T14:00+02:00 | CLAMPED_TO_RECEIVED
      device clock behind cannot reorder      | 2026-05-11T08:00+02:00 | 2026-05-11T14:00+02:00 | 2026-05-11T08:30+02:00 | 2026-05-11T08:30+02:00 | CLAMPED_TO_PREVIOUS_EVENT
      no device time uses receipt             | -                      | 2026-05-11T14:00+02:00 | 2026-05-11T08:30+02:00 | 2026-05-11T14:00+02:00 | NO_DEVICE_TIME
      crossed bounds: receipt wins            | 2026-05-11T08:00+02:00 | 2026-05-11T14:00+02:00 | 2026-05-11T15:00+02:00 | 2026-05-11T14:00+02:00 | CLAMPED_TO_PREVIOUS_EVENT
      """)
  void deviceTimeIsBoundedBySanity(String name, String device, String received, String previous,
      String effective, Adjustment adjustment) {
    OfflineEventTime t = OfflineEventTime.of(device == null ? null : at(device), at(received), at(previous));
    assertThat(t.effective()).isEqualTo(at(effective));
    assertThat(t.adjustment()).isEqualTo(adjustment);
    assertThat(t.received()).isEqualTo(at(received));
  }
}
