package com.fieldops.customer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract a machine's warranty-and-contract line names: the machine's own wins, then the customer's latest. */
class ContractCoverTest {
  static final UUID CUSTOMER = UUID.randomUUID();
  static final UUID MACHINE = UUID.randomUUID();
  static final UUID POLICY = UUID.randomUUID();
  static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  static ServiceContract contract(String number, ContractScope scope, UUID machine, LocalDate from, LocalDate to) {
    return new ServiceContract(UUID.randomUUID(), number, CUSTOMER, scope, machine, POLICY, from, to);
  }

  @Test
  void theMachinesOwnContractWinsOverTheCustomers() {
    var customer = contract("K-1", ContractScope.CUSTOMER, null, DAY.minusYears(1), null);
    var own = contract("K-2", ContractScope.EQUIPMENT, MACHINE, DAY.minusYears(2), DAY.plusYears(1));
    assertThat(ContractCover.inForce(CUSTOMER, MACHINE, List.of(customer, own), DAY, k -> true)).contains(own);
    assertThat(ContractCover.inForce(CUSTOMER, null, List.of(customer, own), DAY, k -> true)).contains(customer);
  }

  @Test
  void anEndedContractOrAnotherMachinesCoversNothing() {
    var ended = contract("K-3", ContractScope.EQUIPMENT, MACHINE, DAY.minusYears(2), DAY.minusDays(1));
    var other = contract("K-4", ContractScope.EQUIPMENT, UUID.randomUUID(), DAY.minusYears(1), null);
    var older = contract("K-5", ContractScope.CUSTOMER, null, DAY.minusYears(3), null);
    var newer = contract("K-6", ContractScope.CUSTOMER, null, DAY.minusYears(1), null);
    assertThat(ContractCover.inForce(CUSTOMER, MACHINE, List.of(ended, other, older, newer), DAY, k -> true))
        .as("the customer's latest").contains(newer);
    assertThat(ContractCover.inForce(CUSTOMER, MACHINE, List.of(ended, other), DAY, k -> true)).isEmpty();
  }
}
