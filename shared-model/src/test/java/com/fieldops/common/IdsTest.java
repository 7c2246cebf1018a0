package com.fieldops.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void newIdsAreVersion7WithTheRfcVariant() {
    UUID id = Ids.newId();
    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void newIdsCarryTheCurrentTime() {
    long before = System.currentTimeMillis();
    Instant at = Ids.timestampOf(Ids.newId());
    assertThat(at.toEpochMilli()).isBetween(before, System.currentTimeMillis() + 5);
  }

  @Test
  void idsMadeInARowAreStrictlyIncreasingAndUnique() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      ids.add(Ids.newId());
    }
    for (int i = 1; i < ids.size(); i++) {
      // compare as unsigned text: UUID.compareTo is signed and would mis-order v7 ids
      assertThat(ids.get(i).toString()).isGreaterThan(ids.get(i - 1).toString());
    }
    assertThat(new HashSet<>(ids)).hasSize(ids.size());
  }

  @Test
  void seededIdsAreReproducible() {
    Instant at = Instant.parse("2026-01-05T10:00:00Z");
    UUID a = Ids.v7(at, new SplittableRandom(42));
    UUID b = Ids.v7(at, new SplittableRandom(42));
    assertThat(a).isEqualTo(b);
    assertThat(a.version()).isEqualTo(7);
    assertThat(Ids.timestampOf(a)).isEqualTo(at);
  }
}
