package com.fieldops.desktop.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.client.history.ChecklistTicks;
import com.fieldops.client.history.EventAuthors;
import com.fieldops.desktop.i18n.Messages;
import com.fieldops.workorder.model.ChecklistAnswerKind;
import com.fieldops.workorder.model.ChecklistItem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who ticked a checklist item, when and on which device, as the job sheet shows it: in the site's zone
 * and the reader's language; a tick of another day says its date; an item nobody touched (or stored
 * before ticks were kept) says nothing.
 */
class ChecklistTickBylineTest {
  static final UUID ANNA = UUID.randomUUID();
  static final UUID ME = UUID.randomUUID();
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  /** 10:42 in Berlin. */
  static final Instant TICKED = Instant.parse("2026-03-10T09:42:00Z");
  static final Clock SAME_DAY = Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), ZoneOffset.UTC);

  static ChecklistItem item(UUID by, String device, Instant at) {
    return new ChecklistItem(UUID.randomUUID(), "Gas pressure", true, true, "20", ChecklistAnswerKind.VALUE, "mbar",
        by, device, at);
  }

  static ChecklistTicks ticks(Locale locale, Clock clock) {
    Messages msg = new Messages(locale);
    return new ChecklistTicks(msg, new EventAuthors(msg, Map.of(ANNA, "Anna Koch"), Map.of(ME, "Sabine Schneider")),
        BERLIN, clock);
  }

  @Test
  void namesThePersonTheSiteTimeAndTheDevice() {
    assertThat(ticks(Locale.ENGLISH, SAME_DAY).byline(item(ANNA, "device-5e2a113f9a2c", TICKED)))
        .isEqualTo("Anna Koch · 10:42 AM · phone 3f9a2c");
    assertThat(ticks(Locale.ENGLISH, SAME_DAY).byline(item(ME, "device-5e2a1181be07", TICKED)))
        .isEqualTo("Sabine Schneider · 10:42 AM · console 81be07");
    assertThat(ticks(Locale.SIMPLIFIED_CHINESE, SAME_DAY).byline(item(ANNA, "device-abc123", TICKED)))
        .contains("Anna Koch").contains("10:42").contains("手机 abc123").doesNotContain("checklist.");
    assertThat(ticks(Locale.ENGLISH, SAME_DAY).whoAndWhen(item(ANNA, "device-abc123", TICKED)))
        .isEqualTo("Anna Koch · 10:42 AM");
  }

  @Test
  void aTickOfAnotherDaySaysItsDate() {
    Clock nextWeek = Clock.offset(SAME_DAY, java.time.Duration.ofDays(7));
    assertThat(ticks(Locale.ENGLISH, nextWeek).byline(item(ANNA, "device-abc123", TICKED)))
        .startsWith("Anna Koch · 3/10/26").contains("10:42");
  }

  @Test
  void anItemNobodyTouchedOrStoredBeforeTicksWereKeptSaysNothing() {
    ChecklistItem old = new ChecklistItem(UUID.randomUUID(), "Isolate", true, true, null);
    assertThat(ticks(Locale.ENGLISH, SAME_DAY).byline(old)).isEmpty();
    assertThat(ticks(Locale.ENGLISH, SAME_DAY).suffix(old)).isEmpty();
  }
}
