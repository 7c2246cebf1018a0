package com.fieldops.equipment.plan;

import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which visits of a plan on one machine are due to be generated now: pure, so the server's
 * generator and any screen showing "next visits" agree (decision 0020).
 *
 * <ul>
 *   <li>Calendar plans: visits on the grid {@code startsOn + k·every} (months from the start day,
 *       so they never drift), every one due up to {@code today + horizon}. A server that was down
 *       makes up the most recent missed visit once, as an overdue job; older missed dates are not
 *       piled up (nobody services a machine twice in a row to catch up).</li>
 *   <li>"Wait for the previous visit": nothing while the last generated visit is open; the next
 *       one is due {@code every} units after the day it was finished.</li>
 *   <li>Meter plans: a visit when the latest reading has passed the next threshold
 *       ({@code meterStart + k·every}) beyond the last visit's; readings that jumped several
 *       thresholds make one visit, for the highest.</li>
 * </ul>
 */
public final class PlanSchedule {
  private PlanSchedule() {}

  /**
   * The plan's last generated visit on the machine.
   *
   * @param finishedOn the day its work order was finished (completed, closed or cancelled); null while open
   */
  public record LastVisit(LocalDate dueOn, BigDecimal meterThreshold, LocalDate finishedOn) {
    public boolean finished() {
      return finishedOn != null;
    }
  }

  /** A visit to generate. */
  public record Due(LocalDate dueOn, BigDecimal meterThreshold) {
    public String key() {
      return PlanIds.visitKey(dueOn, meterThreshold);
    }
  }

  /**
   * @param last          the last visit generated for this plan and machine, or null
   * @param latestReading the machine's latest meter reading, or null (meter plans only)
   */
  public static List<Due> due(MaintenancePlan plan, LocalDate today, int horizonDays, LastVisit last,
      BigDecimal latestReading) {
    if (!plan.active()) {
      return List.of();
    }
    if (plan.waitForPrevious() && last != null && !last.finished()) {
      return List.of();
    }
    if (plan.interval() == PlanInterval.METER) {
      return meter(plan, today, last, latestReading);
    }
    LocalDate until = today.plusDays(horizonDays);
    if (plan.waitForPrevious() && last != null) {
      LocalDate next = step(last.finishedOn(), plan.interval(), plan.every(), 1);
      return next.isAfter(until) ? List.of() : List.of(new Due(next, null));
    }
    List<Due> out = new ArrayList<>();
    long k = Math.max(0, lastIndexOnOrBefore(plan, today));
    for (LocalDate d = step(plan.startsOn(), plan.interval(), plan.every(), k); !d.isAfter(until);
        d = step(plan.startsOn(), plan.interval(), plan.every(), ++k)) {
      boolean alreadyMade = last != null && !d.isAfter(last.dueOn());
      if (!alreadyMade) {
        out.add(new Due(d, null));
        if (plan.waitForPrevious()) {
          break; // the first visit only; the next counts from when it is finished
        }
      }
    }
    return out;
  }

  private static List<Due> meter(MaintenancePlan plan, LocalDate today, LastVisit last, BigDecimal reading) {
    if (reading == null) {
      return List.of();
    }
    BigDecimal base = plan.meterBase();
    BigDecimal every = BigDecimal.valueOf(plan.every());
    BigDecimal k = reading.subtract(base).divide(every, 0, RoundingMode.FLOOR);
    if (k.signum() <= 0) {
      return List.of();
    }
    BigDecimal threshold = base.add(k.multiply(every));
    if (last != null && last.meterThreshold() != null && threshold.compareTo(last.meterThreshold()) <= 0) {
      return List.of();
    }
    return List.of(new Due(today, threshold));
  }

  /** The grid index of the last visit due on or before {@code day} (-1 before the first). */
  static long lastIndexOnOrBefore(MaintenancePlan plan, LocalDate day) {
    if (day.isBefore(plan.startsOn())) {
      return -1;
    }
    ChronoUnit unit = plan.interval() == PlanInterval.MONTHS ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
    long span = unit.between(plan.startsOn(), day);
    long per = plan.interval() == PlanInterval.WEEKS ? 7L * plan.every() : plan.every();
    long k = span / per;
    while (step(plan.startsOn(), plan.interval(), plan.every(), k + 1).compareTo(day) <= 0) {
      k++;
    }
    while (k > 0 && step(plan.startsOn(), plan.interval(), plan.every(), k).isAfter(day)) {
      k--;
    }
    return k;
  }

  /** {@code from} plus {@code k} intervals. */
  public static LocalDate step(LocalDate from, PlanInterval interval, int every, long k) {
    return switch (interval) {
      case DAYS -> from.plusDays(k * every);
      case WEEKS -> from.plusWeeks(k * every);
      case MONTHS -> from.plusMonths(k * every);
      case METER -> throw new IllegalArgumentException("a meter plan has no calendar step");
    };
  }
}
