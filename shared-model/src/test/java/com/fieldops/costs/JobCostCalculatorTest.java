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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A job's costs as the billing office reads them: the examples a person can check by hand. */
class JobCostCalculatorTest {
  private static final Instant T0 = Samples.T0;
  private final WorkOrder job = Samples.workOrder();
  private final UUID tech = Samples.TECHNICIAN_ID;

  private static Technician technician(UUID id, Money hourly, Money travel) {
    Technician t = Samples.technician();
    return new Technician(id, t.userId(), t.name(), t.email(), t.phone(), t.region(), t.skills(),
        t.vanStockLocationId(), t.timeZone(), t.weeklyHours(), t.absences(), true, hourly, travel);
  }

  private TimeEntry time(int n, UUID who, TimeEntryKind kind, long minutes, boolean billable) {
    Instant start = T0.plusSeconds(n * 36_000L);
    return new TimeEntry(new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_1000L + n), job.id(), who, kind, start,
        start.plusSeconds(minutes * 60), billable, null);
  }

  private PartUsage used(int n, UUID partId, int quantity) {
    return new PartUsage(new UUID(0x0190_0000_0000_7000L, 0x8000_0000_0000_2000L + n), job.id(), partId,
        Samples.VAN_ID, quantity, null, Samples.USER_ID, T0.plusSeconds(n));
  }

  @Test
  void labourTravelAndPartsAddUpToTheBilledTotal() {
    Technician jonas = technician(tech, Money.of("68.00", "EUR"), Money.of("45.00", "EUR"));
    Part valve = Samples.part(); // cost 48.20, price 96.00 EUR
    JobCosts costs = JobCostCalculator.costs(job,
        List.of(time(1, tech, TimeEntryKind.TRAVEL, 40, true), time(2, tech, TimeEntryKind.LABOUR, 90, true),
            time(3, tech, TimeEntryKind.WAITING, 10, true)),
        List.of(used(1, valve.id(), 2)), Map.of(tech, jonas), Map.of(valve.id(), valve));

    assertThat(costs.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(costs.travel()).isEqualTo(Money.of("30.00", "EUR"));        // 40 min × 45.00/h
    assertThat(costs.labour()).isEqualTo(Money.of("113.33", "EUR"));       // 90 min × 68 = 102.00, + 10 min = 11.33
    assertThat(costs.partsAtCost()).isEqualTo(Money.of("96.40", "EUR"));
    assertThat(costs.partsAtPrice()).isEqualTo(Money.of("192.00", "EUR"));
    assertThat(costs.total()).isEqualTo(Money.of("335.33", "EUR"));
    assertThat(costs.hours()).as("the lines as shown: 0.6667 + 1.5000 + 0.1667").isEqualByComparingTo("2.3334");
    assertThat(costs.complete()).isTrue();
  }

  @Test
  void timeNotBillableIsListedAtZero() {
    Technician jonas = technician(tech, Money.of("68.00", "EUR"), null);
    JobCosts costs = JobCostCalculator.costs(job, List.of(time(1, tech, TimeEntryKind.LABOUR, 60, false),
        time(2, tech, TimeEntryKind.TRAVEL, 30, true)), List.of(), Map.of(tech, jonas), Map.of());

    assertThat(costs.lines()).hasSize(2);
    assertThat(costs.lines().get(0).charged()).isEqualTo(Money.of("0.00", "EUR"));
    assertThat(costs.travel()).as("no travel rate: the hourly rate").isEqualTo(Money.of("34.00", "EUR"));
    assertThat(costs.total()).isEqualTo(Money.of("34.00", "EUR"));
  }

  @Test
  void aLineInAnotherCurrencyIsLeftOutAndReportedNeverAdded() {
    UUID other = UUID.fromString("01900000-0000-7000-8000-0000000000f1");
    Technician jonas = technician(tech, Money.of("68.00", "EUR"), null);
    Technician li = technician(other, Money.of("300.00", "CNY"), null);
    Part yuanPart = new Part(UUID.fromString("01900000-0000-7000-8000-0000000000f2"), "FLT-100", "过滤器", null, false,
        Money.of("20.00", "CNY"), Money.of("35.00", "CNY"), "pcs");
    JobCosts costs = JobCostCalculator.costs(job,
        List.of(time(1, tech, TimeEntryKind.LABOUR, 60, true), time(2, other, TimeEntryKind.LABOUR, 60, true)),
        List.of(used(1, yuanPart.id(), 1)), Map.of(tech, jonas, other, li), Map.of(yuanPart.id(), yuanPart));

    assertThat(costs.currency().getCurrencyCode()).as("the assignee's").isEqualTo("EUR");
    assertThat(costs.total()).isEqualTo(Money.of("68.00", "EUR"));
    assertThat(costs.complete()).isFalse();
    assertThat(costs.problems()).extracting(CostProblem::code)
        .containsExactly(CostProblem.Code.OTHER_CURRENCY, CostProblem.Code.OTHER_CURRENCY);
    assertThat(costs.problems()).extracting(CostProblem::subject).containsExactly(other, yuanPart.id());
  }

  @Test
  void aTechnicianWithoutRateOrAnUnknownPartMakesTheFiguresIncomplete() {
    Technician noRate = technician(tech, null, null);
    JobCosts costs = JobCostCalculator.costs(job, List.of(time(1, tech, TimeEntryKind.LABOUR, 60, true)),
        List.of(used(1, Samples.PART_ID, 1)), Map.of(tech, noRate), Map.of());

    assertThat(costs.currency()).as("nothing has a rate or price").isNull();
    assertThat(costs.total()).isNull();
    assertThat(costs.problems()).extracting(CostProblem::code)
        .containsExactly(CostProblem.Code.NO_RATE, CostProblem.Code.UNKNOWN_PART);
    assertThat(costs.problems().get(0).messageKey()).isEqualTo("costs.problem.NO_RATE");
  }

  @Test
  void roundingIsHalfEvenOncePerLine() {
    // 1 minute at 0.30/h = 0.005 exactly: half-even gives 0.00 (half-up would give 0.01)
    Technician cheap = technician(tech, Money.of("0.30", "EUR"), null);
    JobCosts costs = JobCostCalculator.costs(job, List.of(time(1, tech, TimeEntryKind.LABOUR, 1, true),
        time(2, tech, TimeEntryKind.LABOUR, 3, true)), List.of(), Map.of(tech, cheap), Map.of());
    // 3 minutes: 0.015 → 0.02 (half-even to the even cent)
    assertThat(costs.lines()).extracting(l -> l.charged().amount().toPlainString()).containsExactly("0.00", "0.02");
    assertThat(costs.total()).isEqualTo(Money.of("0.02", "EUR"));
  }
}
