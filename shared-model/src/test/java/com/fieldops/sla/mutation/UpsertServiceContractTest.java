package com.fieldops.sla.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fieldops.common.Ids;
import com.fieldops.common.json.Json;
import com.fieldops.customer.model.Address;
import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentStatus;
import com.fieldops.identity.model.Role;
import com.fieldops.protocol.MutationEnvelope;
import com.fieldops.protocol.mutation.Actor;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.EntityLookup;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.protocol.registry.EntityNames;
import com.fieldops.protocol.registry.Mutations;
import com.fieldops.sla.BusinessCalendar;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.sla.SlaTargets;
import com.fieldops.sla.WorkOrderSla;
import com.fieldops.workorder.model.Priority;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderType;
import com.fieldops.workorder.mutation.CreateWorkOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UpsertServiceContract through the registry, as the server and the replica both run it. */
class UpsertServiceContractTest {
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  final Map<UUID, Object> state = new HashMap<>();
  final EntityLookup lookup = com.fieldops.fixtures.MapLookup.over(state);
  final UUID customer = Ids.newId();
  final UUID site = Ids.newId();
  final UUID machine = Ids.newId();
  final UUID gold = Ids.newId();
  final UUID platinum = Ids.newId();
  final Actor north = new Actor(Ids.newId(), Role.DISPATCHER, null, "north");
  final Actor south = new Actor(Ids.newId(), Role.DISPATCHER, null, "south");
  final Actor technician = new Actor(Ids.newId(), Role.TECHNICIAN, Ids.newId(), null);

  UpsertServiceContractTest() {
    Address a = new Address("1 Main St", "1000", "Springfield", null, "US");
    put(new Customer(customer, "Acme", null, null, null, a, "en"));
    put(new Site(site, customer, "HQ", a, ZoneId.of("UTC"), null, "north", null));
    put(new Equipment(machine, customer, site, "SN-1", "Carrier", "X1", "HVAC", null, null, EquipmentStatus.ACTIVE));
    put(policy(gold, "Gold"));
    put(policy(platinum, "Platinum"));
  }

  static SlaPolicy policy(UUID id, String name) {
    return SlaPolicy.of(id, name, Map.of(Priority.P2, SlaTargets.of(60L, 240L, 480L)),
        BusinessCalendar.twentyFourSeven("UTC"));
  }

  void put(Object entity) {
    state.put(EntityNames.idOf(entity), entity);
  }

  Outcome apply(Actor actor, String type, UUID entityId, Object payload) {
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), type, entityId, null, "console", NOW.minusSeconds(60),
        Json.mapper().valueToTree(payload));
    Outcome o = Mutations.apply(env, actor, NOW, lookup, Locale.ENGLISH);
    if (o instanceof Outcome.Applied a) {
      a.writes().forEach(this::put);
    }
    return o;
  }

  Outcome upsert(Actor actor, ServiceContract c) {
    return apply(actor, "UpsertServiceContract", c.id(), new UpsertServiceContract(c));
  }

  ServiceContract customerContract(UUID policy) {
    return new ServiceContract(Ids.newId(), "SC-1", customer, ContractScope.CUSTOMER, null, policy,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  }

  ServiceContract machineContract(UUID policy) {
    return new ServiceContract(Ids.newId(), "SC-2", customer, ContractScope.EQUIPMENT, machine, policy,
        LocalDate.of(2026, 1, 1), null);
  }

  static Rejection rejection(Outcome o) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    return ((Outcome.Rejected) o).rejection();
  }

  @Test
  void aNewWorkOrderOnTheMachineGetsTheMachineContractsPolicyOverTheCustomerContracts() {
    assertThat(upsert(north, customerContract(gold))).isInstanceOf(Outcome.Applied.class);
    assertThat(upsert(north, machineContract(platinum))).isInstanceOf(Outcome.Applied.class);
    UUID onMachine = Ids.newId();
    UUID elsewhere = Ids.newId();
    assertThat(apply(north, "CreateWorkOrder", onMachine, new CreateWorkOrder(customer, site, null, machine,
        WorkOrderType.REPAIR, Priority.P2, null, "Chiller down", null, null, null))).isInstanceOf(Outcome.Applied.class);
    assertThat(apply(north, "CreateWorkOrder", elsewhere, new CreateWorkOrder(customer, site, null, null,
        WorkOrderType.REPAIR, Priority.P2, null, "Door stuck", null, null, null))).isInstanceOf(Outcome.Applied.class);
    List<ServiceContract> contracts = state.values().stream().filter(ServiceContract.class::isInstance)
        .map(ServiceContract.class::cast).toList();

    assertThat(WorkOrderSla.choosePolicy((WorkOrder) state.get(onMachine), ZoneId.of("UTC"), contracts,
        state::containsKey, null)).contains(platinum);
    assertThat(WorkOrderSla.choosePolicy((WorkOrder) state.get(elsewhere), ZoneId.of("UTC"), contracts,
        state::containsKey, null)).contains(gold);
  }

  @Test
  void anEndBeforeTheStartIsRefusedNamingValidTo() {
    ServiceContract backwards = new ServiceContract(Ids.newId(), "SC-3", customer, ContractScope.CUSTOMER, null, gold,
        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31));

    Rejection r = rejection(upsert(north, backwards));

    assertThat(r.field()).isEqualTo("contract.validTo");
    assertThat(Mutations.describe(r, Locale.ENGLISH)).contains("cannot end before it starts");
    assertThat(state).doesNotContainKey(backwards.id());
  }

  @Test
  void aScopeThatDoesNotFitItsMachineIsRefusedNamingEquipmentId() {
    ServiceContract noMachine = new ServiceContract(Ids.newId(), "SC-4", customer, ContractScope.EQUIPMENT, null, gold,
        LocalDate.of(2026, 1, 1), null);
    ServiceContract customerWithMachine = new ServiceContract(Ids.newId(), "SC-5", customer, ContractScope.CUSTOMER,
        machine, gold, LocalDate.of(2026, 1, 1), null);

    assertThat(rejection(upsert(north, noMachine)).field()).isEqualTo("contract.equipmentId");
    assertThat(rejection(upsert(north, customerWithMachine)).field()).isEqualTo("contract.equipmentId");
  }

  @Test
  void anUnknownPolicyOrMachineIsNotFoundAndAnotherRegionsMachineReadsTheSame() {
    Rejection policy = rejection(upsert(north, customerContract(Ids.newId())));
    Rejection otherRegion = rejection(upsert(south, machineContract(gold)));

    assertThat(policy.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(policy.field()).isEqualTo("contract.slaPolicyId");
    assertThat(otherRegion.code()).isEqualTo(Codes.NOT_FOUND);
    assertThat(otherRegion.field()).isEqualTo("contract.equipmentId");
  }

  @Test
  void aTechnicianMayNotWriteAContract() {
    assertThat(rejection(upsert(technician, customerContract(gold))).code()).isEqualTo(Codes.FORBIDDEN);
  }

  @Test
  void aContractMaySayItsCustomerSeesCostsOnReportsAndAnOlderContractWithoutTheFlagShowsNone() throws Exception {
    ServiceContract base = customerContract(gold);
    ServiceContract withCosts = new ServiceContract(base.id(), base.contractNumber(), customer, ContractScope.CUSTOMER,
        null, gold, base.validFrom(), base.validTo(), true);

    assertThat(upsert(north, withCosts)).isInstanceOf(Outcome.Applied.class);
    assertThat(((ServiceContract) state.get(base.id())).showCostsOnReport()).isTrue();
    // a contract stored before the flag existed has no such field: its reports print no costs
    var stored = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(base);
    stored.remove("showCostsOnReport");
    assertThat(Json.mapper().treeToValue(stored, ServiceContract.class).showCostsOnReport()).isFalse();
  }

  @Test
  void aFlagThatIsNoYesOrNoIsRefusedNamingItAndChangesNothing() {
    var payload = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper()
        .valueToTree(new UpsertServiceContract(customerContract(gold)));
    ((com.fasterxml.jackson.databind.node.ObjectNode) payload.get("contract")).put("showCostsOnReport", "sometimes");
    UUID id = UUID.fromString(payload.get("contract").get("id").asText());
    MutationEnvelope env = new MutationEnvelope(Ids.newId(), "UpsertServiceContract", id, null, "console",
        NOW.minusSeconds(60), payload);

    Rejection r = rejection(Mutations.apply(env, north, NOW, lookup, Locale.ENGLISH));

    assertThat(r.code()).isEqualTo(Codes.INVALID);
    assertThat(r.field()).isEqualTo("contract.showCostsOnReport");
    assertThat(state).doesNotContainKey(id);
  }
}
