package com.fieldops.replica.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The server's Retry-After, as the sync engine reads it: seconds, bounded; anything else is none. */
class RetryAfterTest {
  @Test
  void secondsAreReadOtherFormsAndNonsenseAreNone() {
    assertThat(SyncHttpException.retryAfter("5")).isEqualTo(Duration.ofSeconds(5));
    assertThat(SyncHttpException.retryAfter(" 12 ")).isEqualTo(Duration.ofSeconds(12));
    assertThat(SyncHttpException.retryAfter("999999")).as("at most an hour").isEqualTo(Duration.ofHours(1));
    assertThat(SyncHttpException.retryAfter("-3")).isEqualTo(Duration.ZERO);
    assertThat(SyncHttpException.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(SyncHttpException.retryAfter(null)).isEqualTo(Duration.ZERO);
  }
}
