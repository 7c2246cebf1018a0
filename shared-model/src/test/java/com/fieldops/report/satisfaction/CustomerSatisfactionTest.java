package com.fieldops.report.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fieldops.report.model.Feedback;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The satisfaction KPI's arithmetic: averages, counts, the share of low ratings and the period's edges. */
class CustomerSatisfactionTest {
  static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");
  static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");
  static final String ANNA = "Anna";
  static final String BO = "Bo";

  static Feedback rating(int stars, Instant at) {
    return new Feedback(UUID.randomUUID(), UUID.randomUUID(), null, null, stars, null, at);
  }

  @Test
  void averageCountAndShareOfLowRatingsPerTechnicianAndOverall() {
    Instant mid = FROM.plus(Duration.ofDays(10));
    Feedback a5 = rating(5, mid);
    Feedback a1 = rating(1, mid);
    Feedback a4 = rating(4, mid);
    Feedback b2 = rating(2, mid);
    Feedback nobody3 = rating(3, mid);
    List<Feedback> all = List.of(a5, a1, a4, b2, nobody3);

    var kpi = CustomerSatisfaction.over(all, f -> f == b2 ? BO : f == nobody3 ? null : ANNA, FROM, TO);

    assertThat(kpi.of(ANNA).count()).isEqualTo(3);
    assertThat(kpi.of(ANNA).average()).isCloseTo(10 / 3.0, within(1e-9));
    assertThat(kpi.of(ANNA).lowShare()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(kpi.of(BO).average()).isEqualTo(2.0);
    assertThat(kpi.of(BO).lowShare()).isEqualTo(1.0);
    assertThat(kpi.overall().count()).as("a visit with nobody to credit still counts overall").isEqualTo(5);
    assertThat(kpi.overall().average()).isEqualTo(3.0);
    assertThat(kpi.overall().lowShare()).isEqualTo(0.4);
    assertThat(kpi.of("Chen").rated()).isFalse();
    assertThat(kpi.of("Chen").average()).isZero();
  }

  @Test
  void aRatingCountsInThePeriodItWasSubmittedInFromIncludedToExcluded() {
    List<Feedback> all = List.of(rating(5, FROM), rating(1, TO), rating(2, FROM.minusMillis(1)),
        rating(3, TO.minusMillis(1)));

    Satisfaction s = CustomerSatisfaction.over(all, f -> ANNA, FROM, TO).overall();

    assertThat(s.count()).isEqualTo(2);
    assertThat(s.average()).isEqualTo(4.0);
    assertThat(s.low()).isZero();
  }

  @Property(tries = 200)
  void overallIsThePoolOfEveryTechniciansRatings(@ForAll @Size(max = 60) List<@IntRange(min = 1, max = 5) Integer> stars,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 3) Integer> who) {
    List<Feedback> all = new ArrayList<>();
    List<String> credited = new ArrayList<>();
    for (int i = 0; i < stars.size(); i++) {
      all.add(rating(stars.get(i), FROM.plusSeconds(i)));
      int w = who.isEmpty() ? 0 : who.get(i % who.size());
      credited.add(w == 0 ? null : "tech" + w);
    }

    var kpi = CustomerSatisfaction.over(all, f -> credited.get(all.indexOf(f)), FROM, TO);

    assertThat(kpi.overall().count()).isEqualTo(stars.size());
    int sum = stars.stream().mapToInt(Integer::intValue).sum();
    long low = stars.stream().filter(s -> s <= Feedback.FOLLOW_UP_AT_OR_BELOW).count();
    if (!stars.isEmpty()) {
      assertThat(kpi.overall().average()).isBetween(1.0, 5.0).isCloseTo((double) sum / stars.size(), within(1e-9));
      assertThat(kpi.overall().lowShare()).isCloseTo((double) low / stars.size(), within(1e-9));
    } else {
      assertThat(kpi.overall()).isEqualTo(Satisfaction.NONE);
    }
    int keyedCount = kpi.byKey().values().stream().mapToInt(Satisfaction::count).sum();
    int keyedStars = kpi.byKey().values().stream().mapToInt(Satisfaction::starsTotal).sum();
    long unkeyed = credited.stream().filter(java.util.Objects::isNull).count();
    assertThat(keyedCount + unkeyed).isEqualTo(stars.size());
    assertThat(keyedStars).isLessThanOrEqualTo(sum);
    kpi.byKey().values().forEach(s -> {
      assertThat(s.average()).isBetween(1.0, 5.0);
      assertThat(s.lowShare()).isBetween(0.0, 1.0);
    });
  }
}
