package com.fieldops.client.costs;

import com.fieldops.client.text.Messages;
import com.fieldops.common.Money;
import com.fieldops.costs.CostLineKind;
import com.fieldops.costs.CostProblem;
import java.math.BigDecimal;
import java.text.NumberFormat;

/**
 * A job's costs as a person reads them, in their locale: amounts with the currency's symbol and the
 * locale's separators ("€1,234.50", "1.234,50 €", "¥1,234.50"), hours with two decimals, line kinds and
 * the reasons a figure is incomplete from the app's bundle ({@code costs.*} keys).
 */
public final class CostsText {
  private final Messages msg;

  public CostsText(Messages msg) {
    this.msg = msg;
  }

  /** The amount in the reader's locale with its currency; "—" when there is none (no rate or price yet). */
  public String money(Money m) {
    if (m == null || m.amount() == null || m.currency() == null) {
      return msg.text("costs.amount.none");
    }
    NumberFormat f = NumberFormat.getCurrencyInstance(msg.locale());
    f.setCurrency(m.currency());
    int digits = Math.max(0, m.currency().getDefaultFractionDigits());
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(Math.max(digits, m.amount().stripTrailingZeros().scale()));
    return f.format(m.amount());
  }

  /** "1.50 h" / "1.50 小时". */
  public String hours(BigDecimal hours) {
    NumberFormat f = NumberFormat.getNumberInstance(msg.locale());
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return msg.text("costs.hours", f.format(hours == null ? BigDecimal.ZERO : hours));
  }

  /** "Labour", "Travel", "Parts"... */
  public String kind(CostLineKind kind) {
    return msg.text("costs.kind." + kind.name());
  }

  /** Why a time entry or part is not in the totals, naming the technician or part ({@code subjectName}). */
  public String problem(CostProblem p, String subjectName) {
    return msg.text(p.messageKey(), subjectName == null ? "" : subjectName);
  }
}
