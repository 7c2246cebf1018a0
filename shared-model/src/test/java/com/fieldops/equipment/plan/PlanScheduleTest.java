package com.fieldops.equipment.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which visits of a plan are due, as the server's generator asks. */
class PlanScheduleTest {
  static MaintenancePlan plan(PlanInterval interval, int every, LocalDate startsOn, boolean wait) {
    return new MaintenancePlan(Ids.newId(), Ids.newId(), PlanScope.MACHINE, "north", "M", "X", "Service", interval,
        every, interval == PlanInterval.METER ? "h" : null, interval == PlanInterval.METER ? new BigDecimal("100") : null,
        WorkOrderType.PREVENTIVE, Priority.P3, null, 60, null, startsOn, wait, true);
  }

  static List<LocalDate> dates(List<PlanSchedule.Due> due) {
    return due.stream().map(PlanSchedule.Due::dueOn).toList();
  }

  @Test
  void monthlyVisitsStayOnTheStartDayAndComeAHorizonAhead() {
    MaintenancePlan p = plan(PlanInterval.MONTHS, 1, LocalDate.of(2027, 1, 31), false);

    assertThat(dates(PlanSchedule.due(p, LocalDate.of(2027, 1, 10), 14, null, null))).isEmpty();
    assertThat(dates(PlanSchedule.due(p, LocalDate.of(2027, 1, 17), 14, null, null)))
        .containsExactly(LocalDate.of(2027, 1, 31));
    PlanSchedule.LastVisit jan = new PlanSchedule.LastVisit(LocalDate.of(2027, 1, 31), null, LocalDate.of(2027, 1, 31));
    assertThat(dates(PlanSchedule.due(p, LocalDate.of(2027, 2, 20), 14, jan, null)))
        .containsExactly(LocalDate.of(2027, 2, 28));
    PlanSchedule.LastVisit feb = new PlanSchedule.LastVisit(LocalDate.of(2027, 2, 28), null, LocalDate.of(2027, 2, 28));
    assertThat(dates(PlanSchedule.due(p, LocalDate.of(2027, 3, 20), 14, feb, null)))
        .as("back on the 31st, no drift").containsExactly(LocalDate.of(2027, 3, 31));
  }

  @Test
  void afterDowntimeOnlyTheMostRecentMissedVisitIsMadeOnce() {
    MaintenancePlan p = plan(PlanInterval.WEEKS, 1, LocalDate.of(2027, 1, 4), false);
    PlanSchedule.LastVisit last = new PlanSchedule.LastVisit(LocalDate.of(2027, 1, 4), null, LocalDate.of(2027, 1, 4));

    // down from Jan 5 to Feb 3: the Feb 1 visit is overdue, Feb 8 and 15 come within the horizon
    assertThat(dates(PlanSchedule.due(p, LocalDate.of(2027, 2, 3), 14, last, null)))
        .containsExactly(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 15));
  }

  @Test
  void aWaitingPlanMakesNothingWhileTheLastVisitIsOpenThenCountsFromItsEnd() {
    MaintenancePlan p = plan(PlanInterval.DAYS, 30, LocalDate.of(2027, 1, 10), true);
    PlanSchedule.LastVisit open = new PlanSchedule.LastVisit(LocalDate.of(2027, 1, 10), null, null);
    PlanSchedule.LastVisit done = new PlanSchedule.LastVisit(LocalDate.of(2027, 1, 10), null, LocalDate.of(2027, 1, 20));

    assertThat(PlanSchedule.due(p, LocalDate.of(2027, 1, 1), 14, null, null)).hasSize(1);
    assertThat(PlanSchedule.due(p, LocalDate.of(2027, 3, 1), 14, open, null)).isEmpty();
    assertThat(dates(PlanSchedule.due(p, LocalDate.of(2027, 2, 10), 14, done, null)))
        .containsExactly(LocalDate.of(2027, 2, 19));
  }

  @Test
  void aMeterPlanMakesOneVisitForTheHighestThresholdPassed() {
    MaintenancePlan p = plan(PlanInterval.METER, 500, LocalDate.of(2027, 1, 1), false);
    LocalDate today = LocalDate.of(2027, 5, 1);

    assertThat(PlanSchedule.due(p, today, 14, null, new BigDecimal("599"))).isEmpty();
    assertThat(PlanSchedule.due(p, today, 14, null, new BigDecimal("1700.5")))
        .extracting(PlanSchedule.Due::meterThreshold).containsExactly(new BigDecimal("1600"));
    PlanSchedule.LastVisit at1600 = new PlanSchedule.LastVisit(today, new BigDecimal("1600"), today);
    assertThat(PlanSchedule.due(p, today, 14, at1600, new BigDecimal("2099"))).isEmpty();
    assertThat(PlanSchedule.due(p, today, 14, at1600, new BigDecimal("2100")))
        .extracting(PlanSchedule.Due::meterThreshold).containsExactly(new BigDecimal("2100"));
  }

  @Test
  void anInactivePlanMakesNothing() {
    MaintenancePlan p = plan(PlanInterval.DAYS, 1, LocalDate.of(2027, 1, 1), false);
    MaintenancePlan off = new MaintenancePlan(p.id(), p.equipmentId(), p.scope(), p.region(), p.manufacturer(),
        p.model(), p.name(), p.interval(), p.every(), null, null, p.workOrderType(), p.priority(), null, 60, null,
        p.startsOn(), false, false);
    assertThat(PlanSchedule.due(off, LocalDate.of(2027, 1, 1), 14, null, null)).isEmpty();
  }
}
