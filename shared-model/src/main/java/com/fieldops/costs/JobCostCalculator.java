package com.fieldops.costs;

import com.fieldops.common.Money;
import com.fieldops.identity.model.Technician;
import com.fieldops.stock.model.Part;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The pure costs function (docs/decisions/0019), the same on the server (billing export) and on the
 * devices (job screen):
 * <ul>
 *   <li>time: hours (exact seconds / 3600) × the technician's rate: {@link Technician#hourlyRate()} for
 *   labour and waiting, {@link Technician#travelRate()} (else the hourly rate) for travel; an entry marked
 *   not billable is listed at zero;</li>
 *   <li>parts: quantity × the catalogue cost and × the catalogue price;</li>
 *   <li>each line's amount is rounded once, half-even, to the currency's minor unit; totals add the lines
 *   as shown, so a printed invoice adds up to the cent;</li>
 *   <li>the job's currency is the assignee's rate currency, else that of the first technician with a rate
 *   who recorded time, else of the first part used; a line in another currency is left out and reported
 *   ({@link CostProblem.Code#OTHER_CURRENCY}), never converted or added.</li>
 * </ul>
 */
public final class JobCostCalculator {
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  private JobCostCalculator() {}

  public static JobCosts costs(WorkOrder job, List<TimeEntry> timeEntries, List<PartUsage> partsUsed,
      Map<UUID, Technician> technicians, Map<UUID, Part> parts) {
    List<TimeEntry> times = timeEntries.stream().filter(Objects::nonNull)
        .sorted(Comparator.comparing(TimeEntry::start).thenComparing(TimeEntry::id)).toList();
    List<PartUsage> used = partsUsed.stream().filter(Objects::nonNull)
        .sorted(Comparator.comparing(PartUsage::usedAt).thenComparing(PartUsage::id)).toList();
    Currency currency = jobCurrency(job, times, used, technicians, parts);
    List<CostLine> lines = new ArrayList<>();
    List<CostProblem> problems = new ArrayList<>();
    for (TimeEntry t : times) {
      Technician tech = technicians.get(t.technicianId());
      boolean travel = t.kind() == TimeEntryKind.TRAVEL;
      Money rate = tech == null ? null : tech.rateFor(travel);
      if (tech == null) {
        problems.add(new CostProblem(CostProblem.Code.UNKNOWN_TECHNICIAN, t.id(), t.technicianId()));
      } else if (rate == null || rate.amount() == null || rate.currency() == null) {
        problems.add(new CostProblem(CostProblem.Code.NO_RATE, t.id(), t.technicianId()));
      } else if (!rate.currency().equals(currency)) {
        problems.add(new CostProblem(CostProblem.Code.OTHER_CURRENCY, t.id(), t.technicianId()));
      } else {
        BigDecimal seconds = BigDecimal.valueOf(t.duration().getSeconds());
        BigDecimal hours = seconds.divide(SECONDS_PER_HOUR, 4, RoundingMode.HALF_EVEN);
        // rate × seconds / 3600 in one division: the amount is rounded once, not the hours first
        BigDecimal amount = rate.amount().multiply(seconds).divide(SECONDS_PER_HOUR, scale(currency), RoundingMode.HALF_EVEN);
        Money charged = t.billable() ? new Money(amount, currency) : zero(currency);
        lines.add(new CostLine(kindOf(t.kind()), t.id(), t.technicianId(), null, hours, rate, null, charged,
            t.billable()));
      }
    }
    for (PartUsage u : used) {
      Part part = parts.get(u.partId());
      if (part == null || part.price() == null || part.cost() == null) {
        problems.add(new CostProblem(CostProblem.Code.UNKNOWN_PART, u.id(), u.partId()));
      } else if (!part.price().currency().equals(currency) || !part.cost().currency().equals(currency)) {
        problems.add(new CostProblem(CostProblem.Code.OTHER_CURRENCY, u.id(), u.partId()));
      } else {
        BigDecimal quantity = BigDecimal.valueOf(u.quantity());
        lines.add(new CostLine(CostLineKind.PART, u.id(), null, u.partId(), quantity, part.price(),
            round(part.cost().amount().multiply(quantity), currency), round(part.price().amount().multiply(quantity), currency),
            true));
      }
    }
    if (currency == null) {
      return new JobCosts(job.id(), null, List.of(), null, null, null, null, null, problems);
    }
    Money labour = sum(lines, currency, CostLineKind.LABOUR, CostLineKind.WAITING);
    Money travel = sum(lines, currency, CostLineKind.TRAVEL);
    Money partsAtPrice = sum(lines, currency, CostLineKind.PART);
    Money partsAtCost = new Money(lines.stream().filter(l -> l.kind() == CostLineKind.PART)
        .map(l -> l.atCost().amount()).reduce(zero(currency).amount(), BigDecimal::add), currency);
    Money total = labour.plus(travel).plus(partsAtPrice);
    return new JobCosts(job.id(), currency, lines, labour, travel, partsAtCost, partsAtPrice, total, problems);
  }

  /** The assignee's rate currency, else the first technician's with a rate who recorded time, else the first part's. */
  static Currency jobCurrency(WorkOrder job, List<TimeEntry> times, List<PartUsage> used,
      Map<UUID, Technician> technicians, Map<UUID, Part> parts) {
    Currency c = rateCurrency(job.assigneeId() == null ? null : technicians.get(job.assigneeId()));
    for (int i = 0; c == null && i < times.size(); i++) {
      c = rateCurrency(technicians.get(times.get(i).technicianId()));
    }
    for (int i = 0; c == null && i < used.size(); i++) {
      Part p = parts.get(used.get(i).partId());
      c = p == null || p.price() == null ? null : p.price().currency();
    }
    return c;
  }

  private static Currency rateCurrency(Technician t) {
    Money rate = t == null ? null : t.hourlyRate() != null ? t.hourlyRate() : t.travelRate();
    return rate == null ? null : rate.currency();
  }

  private static CostLineKind kindOf(TimeEntryKind kind) {
    return switch (kind) {
      case LABOUR -> CostLineKind.LABOUR;
      case WAITING -> CostLineKind.WAITING;
      case TRAVEL -> CostLineKind.TRAVEL;
    };
  }

  private static Money sum(List<CostLine> lines, Currency currency, CostLineKind... kinds) {
    List<CostLineKind> wanted = List.of(kinds);
    BigDecimal sum = zero(currency).amount();
    for (CostLine l : lines) {
      if (wanted.contains(l.kind())) {
        sum = sum.add(l.charged().amount());
      }
    }
    return new Money(sum, currency);
  }

  private static int scale(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }

  private static Money round(BigDecimal amount, Currency currency) {
    return new Money(amount.setScale(scale(currency), RoundingMode.HALF_EVEN), currency);
  }

  private static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO.setScale(scale(currency)), currency);
  }
}
