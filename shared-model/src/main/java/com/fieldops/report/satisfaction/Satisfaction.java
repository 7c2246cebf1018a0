package com.fieldops.report.satisfaction;

import com.fieldops.report.model.Feedback;
import java.util.Collection;

/**
 * How satisfied customers were with a set of rated visits: how many ratings, their average (1–5) and how
 * many were low (at or below {@link Feedback#FOLLOW_UP_AT_OR_BELOW}, the ones that open a follow-up).
 */
public record Satisfaction(int count, int starsTotal, int low) {
  public static final Satisfaction NONE = new Satisfaction(0, 0, 0);

  public Satisfaction {
    if (count < 0 || low < 0 || low > count || starsTotal < count || starsTotal > 5L * count) {
      throw new IllegalArgumentException("inconsistent satisfaction: " + count + " ratings, " + starsTotal
          + " stars, " + low + " low");
    }
  }

  public static Satisfaction of(Collection<Feedback> ratings) {
    Satisfaction s = NONE;
    for (Feedback f : ratings) {
      s = s.with(f);
    }
    return s;
  }

  /** This set with one more rating. */
  public Satisfaction with(Feedback f) {
    return new Satisfaction(count + 1, starsTotal + f.rating(), low + (f.needsFollowUp() ? 1 : 0));
  }

  public boolean rated() {
    return count > 0;
  }

  /** The mean of the stars; 0 when nothing was rated (show a dash then, not a zero). */
  public double average() {
    return count == 0 ? 0 : (double) starsTotal / count;
  }

  /** The share of low ratings, 0–1; 0 when nothing was rated. */
  public double lowShare() {
    return count == 0 ? 0 : (double) low / count;
  }
}
