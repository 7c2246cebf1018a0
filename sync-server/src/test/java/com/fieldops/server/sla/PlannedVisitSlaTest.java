package com.fieldops.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.equipment.model.PlanInterval;
import com.fieldops.equipment.model.PlanScope;
import com.fieldops.equipment.model.PlannedVisit;
import com.fieldops.equipment.mutation.UpsertMaintenancePlan;
import com.fieldops.protocol.MutationResult;
import com.fieldops.server.plan.PlanGenerator;
import com.fieldops.server.storage.Dialect;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.sync.EntityImporter;
import com.fieldops.server.testing.TestServer;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A generated preventive job runs under the SLA policy of the customer's contract, not the default. */
class PlannedVisitSlaTest {
  @Test
  void aGeneratedVisitGetsTheContractsPolicy() {
    try (TestServer ts = TestServer.start(Dialect.SQLITE)) {
      SlaPolicy contractPolicy = TestPolicies.roundTheClock();
      SlaPolicy defaultPolicy = TestPolicies.roundTheClock();
      new EntityImporter(ts.db, Clock.systemUTC(), last -> { }).importAll(List.of(contractPolicy, defaultPolicy,
          DefaultSlaPolicy.of(defaultPolicy.id()),
          new ServiceContract(Ids.newId(), "C-PLAN-1", ts.world.customer, ContractScope.CUSTOMER, null,
              contractPolicy.id(), LocalDate.of(2020, 1, 1), null)));
      UUID planId = Ids.newId();
      MutationResult saved = ts.as("disp-north").push("UpsertMaintenancePlan", planId, new UpsertMaintenancePlan(
          new MaintenancePlan(planId, ts.world.equipment, PlanScope.MACHINE, null, null, null, "Quarterly check",
              PlanInterval.MONTHS, 3, null, null, WorkOrderType.PREVENTIVE, Priority.P3, null, 60, null,
              LocalDate.now(ZoneId.of("America/New_York")).plusDays(3), false, true)));
      assertThat(saved.isApplied()).as(saved.reason()).isTrue();

      assertThat(new PlanGenerator(ts.db, Clock.systemUTC(), ts.server.push(), 14).tick().generated()).isEqualTo(1);

      UUID job = ts.db.read(c -> new EntityStore(ts.db.dialect()).all(c, "PlannedVisit")).stream()
          .map(e -> com.fieldops.server.plan.PlanYearAccess.parse(e.data(), PlannedVisit.class))
          .findFirst().orElseThrow().workOrderId();
      SlaClockStore clocks = new SlaClockStore(ts.db.dialect());
      Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
          assertThat(ts.db.read(c -> clocks.clock(c, job)).map(SlaClockStore.ClockRow::policyId))
              .contains(contractPolicy.id()));
    }
  }
}
