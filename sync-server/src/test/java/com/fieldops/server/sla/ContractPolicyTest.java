package com.fieldops.server.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.sla.mutation.UpsertServiceContract;
import com.fieldops.protocol.MutationResult;
import com.fieldops.protocol.MutationStatus;
import com.fieldops.server.storage.Dialect;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.mutation.UpsertSlaPolicy;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A contract a dispatcher writes through the push path decides the policy of the next work orders:
 * a machine's contract over the customer's, the customer's over the default.
 */
class ContractPolicyTest {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private SlaFixture f;

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  @Test
  void newWorkOrdersGetTheMachineContractsPolicyOverTheCustomerContractsOverTheDefault() {
    SlaPolicy standard = TestPolicies.roundTheClock();
    f = new SlaFixture(Dialect.SQLITE, T0, standard);
    SlaPolicy gold = TestPolicies.roundTheClock();
    SlaPolicy platinum = TestPolicies.roundTheClock();
    f.applied(f.admin, "UpsertSlaPolicy", gold.id(), new UpsertSlaPolicy(gold), T0);
    f.applied(f.admin, "UpsertSlaPolicy", platinum.id(), new UpsertSlaPolicy(platinum), T0);
    UUID before = create(f.world.equipment);
    f.tick();

    contract(ContractScope.CUSTOMER, null, gold.id());
    contract(ContractScope.EQUIPMENT, f.world.equipment, platinum.id());
    UUID onMachine = create(f.world.equipment);
    UUID elsewhere = create(null);
    f.tick();

    assertThat(policyOf(before)).as("a contract signed later does not change an open job's promise")
        .isEqualTo(standard.id());
    assertThat(policyOf(onMachine)).isEqualTo(platinum.id());
    assertThat(policyOf(elsewhere)).isEqualTo(gold.id());
  }

  @Test
  void aContractEndingBeforeItStartsIsRefusedNamingTheFieldAndChangesNothing() {
    f = new SlaFixture(Dialect.SQLITE, T0, TestPolicies.roundTheClock());
    UUID id = Ids.newId();
    ServiceContract backwards = new ServiceContract(id, "SC-9", f.world.customer, ContractScope.CUSTOMER, null,
        TestPolicies.roundTheClock().id(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1));

    MutationResult r = f.push(f.dispatcher, "UpsertServiceContract", id, new UpsertServiceContract(backwards), T0);

    assertThat(r.status()).isEqualTo(MutationStatus.REJECTED);
    assertThat(r.field()).isEqualTo("contract.validTo");
    assertThat(f.changeRows(id)).isEmpty();
  }

  private void contract(ContractScope scope, UUID machine, UUID policy) {
    UUID id = Ids.newId();
    f.applied(f.dispatcher, "UpsertServiceContract", id, new UpsertServiceContract(new ServiceContract(id,
        "SC-" + scope, f.world.customer, scope, machine, policy, LocalDate.of(2026, 1, 1), null)), T0);
  }

  private UUID create(UUID machine) {
    UUID id = Ids.newId();
    f.applied(f.dispatcher, "CreateWorkOrder", id, new CreateWorkOrder(f.world.customer, f.world.northSite, null,
        machine, WorkOrderType.REPAIR, Priority.P2, null, "Chiller down", null, null, null), T0);
    return id;
  }

  private UUID policyOf(UUID workOrder) {
    return f.db.read(c -> new SlaClockStore(f.db.dialect()).clock(c, workOrder)).orElseThrow().policyId();
  }
}
