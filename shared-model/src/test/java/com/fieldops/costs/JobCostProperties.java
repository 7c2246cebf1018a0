package com.fieldops.costs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Money;
import com.fieldops.fixtures.Samples;
import com.fieldops.identity.model.Technician;
import com.fieldops.stock.model.Part;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.TimeEntryKind;
import com.fieldops.workorder.model.WorkOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * For any mix of time entries (kinds, billable or not, any length) and parts used, in one currency or
 * several: each total is the exact sum of its lines, the billed total is labour + travel + parts at
 * price, every entry is either a line or a problem (never both, never lost), and each line is within
 * half a minor unit of the exact amount.
 */
class JobCostProperties {
  private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "CNY"};

  record Time(int tech, TimeEntryKind kind, int seconds, boolean billable) {}

  record Use(int part, int quantity) {}

  @Property(tries = 200)
  void totalsAreTheSumOfTheLines(@ForAll("times") @Size(max = 12) List<Time> times,
      @ForAll("uses") @Size(max = 8) List<Use> uses, @ForAll("rates") @Size(min = 3, max = 3) List<BigDecimal> rates,
      @ForAll("currencies") @Size(min = 6, max = 6) List<String> currencies) {
    WorkOrder job = Samples.workOrder();
    Map<UUID, Technician> techs = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      Technician s = Samples.technician();
      UUID id = i == 0 ? job.assigneeId() : new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0100L + i);
      Money rate = i == 2 ? null : new Money(rates.get(i), java.util.Currency.getInstance(currencies.get(i)));
      techs.put(id, new Technician(id, s.userId(), s.name(), null, null, s.region(), List.of(), null, s.timeZone(),
          List.of(), List.of(), true, rate, null));
    }
    List<UUID> techIds = List.of(job.assigneeId(), new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0101L),
        new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0102L));
    Map<UUID, Part> parts = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      UUID id = new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_0200L + i);
      String c = currencies.get(3 + i);
      parts.put(id, new Part(id, "P-00" + i, "part " + i, null, false, new Money(rates.get(i).movePointLeft(1), cur(c)),
          new Money(rates.get(i), cur(c)), "pcs"));
    }
    List<UUID> partIds = new ArrayList<>(parts.keySet());
    List<TimeEntry> entries = new ArrayList<>();
    Instant t = Samples.T0;
    for (int i = 0; i < times.size(); i++) {
      Time x = times.get(i);
      entries.add(new TimeEntry(new UUID(1, i), job.id(), techIds.get(x.tech()), x.kind(), t, t.plusSeconds(x.seconds()),
          x.billable(), null));
      t = t.plusSeconds(x.seconds());
    }
    List<PartUsage> used = new ArrayList<>();
    for (int i = 0; i < uses.size(); i++) {
      used.add(new PartUsage(new UUID(2, i), job.id(), partIds.get(uses.get(i).part()), Samples.VAN_ID,
          uses.get(i).quantity(), null, Samples.USER_ID, Samples.T0.plusSeconds(i)));
    }

    JobCosts costs = JobCostCalculator.costs(job, entries, used, techs, parts);

    assertThat(costs.lines().size() + costs.problems().size()).isEqualTo(entries.size() + used.size());
    if (costs.currency() == null) {
      assertThat(costs.lines()).isEmpty();
      return;
    }
    BigDecimal sumCharged = BigDecimal.ZERO;
    BigDecimal sumPartsCost = BigDecimal.ZERO;
    for (CostLine l : costs.lines()) {
      assertThat(l.charged().currency()).isEqualTo(costs.currency());
      sumCharged = sumCharged.add(l.charged().amount());
      if (l.kind() == CostLineKind.PART) {
        sumPartsCost = sumPartsCost.add(l.atCost().amount());
        BigDecimal exact = l.unitRate().amount().multiply(l.quantity());
        assertThat(l.charged().amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
      } else if (l.billable()) {
        TimeEntry e = entries.stream().filter(x -> x.id().equals(l.sourceId())).findFirst().orElseThrow();
        BigDecimal exact = l.unitRate().amount().multiply(BigDecimal.valueOf(e.duration().getSeconds()))
            .divide(BigDecimal.valueOf(3600), 12, RoundingMode.HALF_EVEN);
        assertThat(l.charged().amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
      }
    }
    assertThat(costs.total().amount()).isEqualByComparingTo(sumCharged);
    assertThat(costs.total().amount()).isEqualByComparingTo(costs.labour().amount().add(costs.travel().amount())
        .add(costs.partsAtPrice().amount()));
    assertThat(costs.partsAtCost().amount()).isEqualByComparingTo(sumPartsCost);
    assertThat(costs.total().amount().scale()).isEqualTo(costs.currency().getDefaultFractionDigits());
  }

  private static java.util.Currency cur(String code) {
    return java.util.Currency.getInstance(code);
  }

  @Provide
  Arbitrary<List<Time>> times() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(TimeEntryKind.class),
        Arbitraries.integers().between(1, 16 * 3600), Arbitraries.of(true, true, false)).as(Time::new).list();
  }

  @Provide
  Arbitrary<List<Use>> uses() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 9999))
        .as(Use::new).list();
  }

  @Provide
  Arbitrary<List<BigDecimal>> rates() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("9999.9999")).ofScale(4).list();
  }

  @Provide
  Arbitrary<List<String>> currencies() {
    return Arbitraries.of(CURRENCIES).list();
  }
}
