package com.fieldops.report.satisfaction;

import com.fieldops.report.model.Feedback;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Customer satisfaction as a KPI, the one rule for the console, the phone and the server: the ratings
 * submitted in a period, overall and per person who did the visit (usually the technician). A rating
 * counts in the period of its submission, not of the visit: a rating arrives days after the job.
 * A rating whose visit has nobody to credit counts overall only.
 */
public final class CustomerSatisfaction {
  private CustomerSatisfaction() {}

  /** Overall and per key (e.g. technician id). */
  public record Breakdown<K>(Satisfaction overall, Map<K, Satisfaction> byKey) {
    public Breakdown {
      byKey = Map.copyOf(byKey);
    }

    public Satisfaction of(K key) {
      return byKey.getOrDefault(key, Satisfaction.NONE);
    }
  }

  /**
   * The ratings submitted from {@code from} (included) to {@code to} (excluded), overall and by
   * {@code creditedTo} (null: nobody to credit).
   */
  public static <K> Breakdown<K> over(Collection<Feedback> ratings, Function<Feedback, K> creditedTo, Instant from,
      Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Satisfaction overall = Satisfaction.NONE;
    Map<K, Satisfaction> byKey = new HashMap<>();
    for (Feedback f : ratings) {
      if (f.submittedAt() == null || f.submittedAt().isBefore(from) || !f.submittedAt().isBefore(to)) {
        continue;
      }
      overall = overall.with(f);
      K key = creditedTo.apply(f);
      if (key != null) {
        byKey.merge(key, Satisfaction.NONE.with(f), (a, b) -> new Satisfaction(a.count() + b.count(),
            a.starsTotal() + b.starsTotal(), a.low() + b.low()));
      }
    }
    return new Breakdown<>(overall, byKey);
  }
}
