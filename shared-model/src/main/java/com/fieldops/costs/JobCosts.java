package com.fieldops.costs;

import com.fieldops.common.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * What a job comes to, in its currency (see {@link JobCostCalculator}). Each total is the sum of its
 * lines; {@code total} = labour + travel + parts at price, what the customer is billed.
 *
 * @param currency     the job's currency; null when nothing on the job has a rate or price yet (then every
 *                     total is null and there are no lines)
 * @param labour       labour and waiting lines charged
 * @param partsAtCost  what the parts used cost the company (the margin is parts at price − at cost)
 * @param problems     entries and parts left out of the totals, and why; empty = the figures are complete
 */
public record JobCosts(UUID workOrderId, Currency currency, List<CostLine> lines, Money labour, Money travel,
    Money partsAtCost, Money partsAtPrice, Money total, List<CostProblem> problems) {

  public JobCosts {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  /** True when every time entry and part used is in the totals. */
  public boolean complete() {
    return problems.isEmpty();
  }

  /** Hours of labour, waiting and travel in the lines. */
  public BigDecimal hours() {
    return lines.stream().filter(l -> l.kind() != CostLineKind.PART).map(CostLine::quantity)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
