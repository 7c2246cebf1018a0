package com.fieldops.replica;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.equipment.mutation.UpsertMaintenancePlan;
import com.fieldops.common.Ids;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.replica.store.CommandOutcome;
import com.fieldops.replica.view.PlanView;
import com.fieldops.server.plan.PlanGenerator;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderStatus;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The office plans maintenance from its replica; the server generates the visit; the office's
 * replica lists the machine's plans with their upcoming visits, and a technician's with the job.
 */
class PlansAgainstServerTest extends OnRealServer {
  static MaintenancePlan plan(UUID id, UUID machine, PlanInterval interval, int every, LocalDate startsOn) {
    return new MaintenancePlan(id, machine, PlanScope.MODEL, null, null, null, "Filter and coil check", interval, every,
        null, null, WorkOrderType.PREVENTIVE, Priority.P3, "HVAC", 90, null, startsOn, false, true);
  }

  @Test
  void aPlanSavedOnTheConsoleShowsItsNextVisitAsAPreventiveJobOnceTheServerGeneratedIt() throws Exception {
    Replica nora = signedIn("disp-north");
    UUID machine = server.world.equipment;
    UUID planId = Ids.newId();
    LocalDate inAWeek = LocalDate.now(ZoneId.of("America/New_York")).plusDays(7);

    CommandOutcome saved = nora.record(planId, new UpsertMaintenancePlan(
        plan(planId, machine, PlanInterval.MONTHS, 3, inAWeek)));
    assertThat(saved).isInstanceOf(CommandOutcome.Recorded.class);
    assertThat(nora.equipment().plans(machine)).extracting(v -> v.plan().id()).as("shown at once, offline")
        .containsExactly(planId);
    nora.syncNow();
    Await.until("the plan reached the server", WAIT, () -> nora.syncStatus().pendingCount() == 0);
    assertThat(nora.syncStatus().rejected()).isEmpty();

    PlanGenerator.TickResult tick = new PlanGenerator(server.db, Clock.systemUTC(), server.push(), 14).tick();
    assertThat(tick.generated()).isEqualTo(1);
    nora.syncNow();
    Await.until("the visit reached the office", WAIT,
        () -> !nora.equipment().plans(machine).get(0).upcoming().isEmpty());

    PlanView view = nora.equipment().plans(machine).get(0);
    assertThat(view.plan().model()).isEqualTo("X1");
    assertThat(view.upcoming()).hasSize(1);
    PlanView.Visit visit = view.upcoming().get(0);
    assertThat(visit.visit().dueOn()).isEqualTo(inAWeek);
    assertThat(visit.workOrder().type()).isEqualTo(WorkOrderType.PREVENTIVE);
    assertThat(visit.workOrder().status()).isEqualTo(WorkOrderStatus.NEW);
    assertThat(visit.workOrder().number()).startsWith("WO-");
    assertThat(nora.equipment().upcomingVisits(machine)).containsExactly(visit);
  }

  @Test
  void aBadPlanIsRefusedOnTheConsoleNamingTheFieldAndNothingIsSent() throws Exception {
    Replica nora = signedIn("disp-north");
    UUID machine = server.world.equipment;

    CommandOutcome zero = nora.record(Ids.newId(), new UpsertMaintenancePlan(
        plan(Ids.newId(), machine, PlanInterval.DAYS, 0, LocalDate.of(2027, 1, 1))));
    UUID meterPlan = Ids.newId();
    CommandOutcome noMeter = nora.record(meterPlan, new UpsertMaintenancePlan(new MaintenancePlan(meterPlan, machine,
        PlanScope.MACHINE, null, null, null, "Every 500 h", PlanInterval.METER, 500, "h", null,
        WorkOrderType.PREVENTIVE, Priority.P3, null, 60, null, LocalDate.of(2027, 1, 1), false, true)));

    assertThat(zero).isInstanceOf(CommandOutcome.Refused.class);
    assertThat(((CommandOutcome.Refused) zero).field()).isEqualTo("plan.every");
    assertThat(noMeter).isInstanceOf(CommandOutcome.Refused.class);
    assertThat(((CommandOutcome.Refused) noMeter).code()).isEqualTo(Codes.INVALID);
    assertThat(((CommandOutcome.Refused) noMeter).field()).isEqualTo("plan.interval");
    assertThat(((CommandOutcome.Refused) noMeter).message()).contains("SN-1");
    assertThat(nora.syncStatus().pendingCount()).isZero();
    assertThat(nora.equipment().plans(machine)).isEmpty();
  }
}
