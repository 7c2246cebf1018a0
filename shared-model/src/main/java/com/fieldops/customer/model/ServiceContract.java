package com.fieldops.customer.model;

import com.fieldops.common.validation.CrossFieldChecked;
import com.fieldops.common.validation.CrossFieldRules;
import com.fieldops.common.validation.RuleBreach;
import com.fieldops.common.validation.Rules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Which SLA policy applies to a customer's work, or to one piece of equipment's.
 * An equipment contract wins over a customer contract.
 *
 * @param slaPolicyId a policy of {@code com.fieldops.sla}
 * @param validTo     last day covered (inclusive); null = open-ended
 * @param showCostsOnReport whether the customer's service reports print what the job costs them (labour,
 *                    travel, parts at price, total); false (the default, also for contracts stored before
 *                    the flag existed) leaves costs off the report
 */
@CrossFieldRules
public record ServiceContract(
    @NotNull(message = "{id.required}") UUID id,
    @NotBlank(message = "{contract.number.required}") @Size(max = 32, message = "{contract.number.size}") String contractNumber,
    @NotNull(message = "{contract.customer.required}") UUID customerId,
    @NotNull(message = "{contract.scope.required}") ContractScope scope,
    UUID equipmentId,
    @NotNull(message = "{contract.slaPolicy.required}") UUID slaPolicyId,
    @NotNull(message = "{contract.validFrom.required}") LocalDate validFrom,
    LocalDate validTo,
    boolean showCostsOnReport) implements CrossFieldChecked {

  /** A contract whose reports print no costs. */
  public ServiceContract(UUID id, String contractNumber, UUID customerId, ContractScope scope, UUID equipmentId,
      UUID slaPolicyId, LocalDate validFrom, LocalDate validTo) {
    this(id, contractNumber, customerId, scope, equipmentId, slaPolicyId, validFrom, validTo, false);
  }

  /** True if the contract is in force on {@code day}. */
  public boolean coversOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  @Override
  public List<RuleBreach> ruleBreaches() {
    return Rules.check()
        .when(validFrom != null && validTo != null, () -> !validTo.isBefore(validFrom), "validTo", "contract.validTo.beforeFrom")
        .when(scope == ContractScope.EQUIPMENT, () -> equipmentId != null, "equipmentId", "contract.equipment.required")
        .when(scope == ContractScope.CUSTOMER, () -> equipmentId == null, "equipmentId", "contract.equipment.notAllowed")
        .breaches();
  }
}
