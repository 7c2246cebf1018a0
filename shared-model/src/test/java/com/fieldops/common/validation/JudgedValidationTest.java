package com.fieldops.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.mutation.AddTimeEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Device times are judged by the clock of each call, now that one validator per locale serves every
 * call (a validator built per call cost CPU on every record a push checks): a time is refused or
 * accepted by the clock passed, never by the clock of an earlier call or of another thread.
 */
class JudgedValidationTest {
  private static final Instant AT = Instant.parse("2026-12-05T10:00:00Z");
  private static final AddTimeEntry ENTRY = new AddTimeEntry(UUID.randomUUID(), null, TimeEntryKind.values()[0], AT,
      AT.plusSeconds(3600), true, null);

  private static List<Violation> judgedAt(Instant now) {
    return Validators.validate(ENTRY, Locale.ENGLISH, Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void eachCallIsJudgedByItsOwnClock() {
    assertThat(judgedAt(AT.plusSeconds(7200))).as("an hour's work that ended an hour ago").isEmpty();
    assertThat(judgedAt(AT)).as("the same work judged when it began: its end is 60 min ahead")
        .extracting(Violation::field).containsExactly("end");
    assertThat(judgedAt(AT.plusSeconds(7200))).as("judged later again").isEmpty();
    assertThat(judgedAt(AT.minusSeconds(3600))).extracting(Violation::field).containsExactly("end", "start");
  }

  @Test
  void threadsJudgingAtOnceEachUseTheirOwnClock() {
    List<CompletableFuture<Boolean>> calls = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      boolean early = i % 2 == 0;
      calls.add(CompletableFuture.supplyAsync(() -> {
        for (int n = 0; n < 500; n++) {
          boolean refused = !judgedAt(early ? AT : AT.plusSeconds(7200)).isEmpty();
          if (refused != early) {
            return false;
          }
        }
        return true;
      }));
    }
    assertThat(calls).allSatisfy(c -> assertThat(c.join()).isTrue());
  }

  @Test
  void withoutAJudgingClockAFarFutureTimeIsStillRefusedByTheSystemClock() {
    AddTimeEntry farAhead = new AddTimeEntry(UUID.randomUUID(), null, TimeEntryKind.values()[0],
        Instant.now().plusSeconds(86_400), Instant.now().plusSeconds(90_000), true, null);
    assertThat(Validators.validate(farAhead, Locale.ENGLISH)).extracting(Violation::field).contains("end", "start");
  }
}
