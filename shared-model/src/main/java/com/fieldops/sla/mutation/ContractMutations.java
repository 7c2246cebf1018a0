package com.fieldops.sla.mutation;

import com.fieldops.customer.model.ContractScope;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.protocol.mutation.Access;
import com.fieldops.protocol.mutation.Codes;
import com.fieldops.protocol.mutation.MutationContext;
import com.fieldops.protocol.mutation.Outcome;
import com.fieldops.protocol.mutation.Rejection;
import com.fieldops.sla.SlaPolicy;
import java.util.Optional;

/**
 * Service contracts: which SLA policy a customer's (or one machine's) new work orders get. Here
 * beside the policies, as the SLA rules read contracts (sla depends on customer, not back).
 */
public final class ContractMutations {
  private ContractMutations() {}

  /**
   * A service contract and the SLA policy it promises. A customer-wide contract is written by any
   * office staff (customers are not bound to a region, like {@link #upsertCustomer}); a machine's
   * contract only by the office of the machine's region (or an admin), and a contract that named a
   * machine of another region stays theirs. The policy must exist: a contract naming an unknown
   * policy would silently fall back to the default one.
   */
  public static Outcome upsertServiceContract(UpsertServiceContract p, MutationContext ctx) {
    ServiceContract contract = p.contract();
    Optional<Rejection> common = Access.officeAndId(ctx, contract.id(), "contract.id");
    if (common.isPresent()) {
      return new Outcome.Rejected(common.get());
    }
    if (ctx.lookup().find(Customer.class, contract.customerId()).isEmpty()) {
      return new Outcome.Rejected(Access.notFound("contract.customerId", "Customer", contract.customerId()));
    }
    if (ctx.lookup().find(SlaPolicy.class, contract.slaPolicyId()).isEmpty()) {
      return new Outcome.Rejected(Access.notFound("contract.slaPolicyId", "SlaPolicy", contract.slaPolicyId()));
    }
    if (contract.scope() == ContractScope.EQUIPMENT) {
      Optional<Rejection> machine = machineOfCustomer(ctx, contract.equipmentId(), contract.customerId());
      if (machine.isPresent()) {
        return new Outcome.Rejected(machine.get());
      }
    }
    Optional<ServiceContract> before = ctx.lookup().find(ServiceContract.class, contract.id());
    if (before.isPresent() && !before.get().customerId().equals(contract.customerId())) {
      return Outcome.reject(Codes.MISMATCH, "protocol.rejected.contractCustomerFixed", "contract.customerId");
    }
    if (before.isPresent() && before.get().equipmentId() != null) {
      Optional<Site> oldSite = ctx.lookup().find(Equipment.class, before.get().equipmentId())
          .flatMap(e -> ctx.lookup().find(Site.class, e.siteId()));
      if (oldSite.isPresent() && !ctx.actor().managesRegion(oldSite.get().region())) {
        return Outcome.reject(Codes.FORBIDDEN, "protocol.rejected.outsideRegion", "contract.equipmentId",
            oldSite.get().region());
      }
    }
    return Outcome.Applied.of(contract);
  }

  /** The machine exists, belongs to the customer and lies in a region the actor looks after. */
  private static Optional<Rejection> machineOfCustomer(MutationContext ctx, java.util.UUID equipmentId,
      java.util.UUID customerId) {
    Optional<Equipment> machine = ctx.lookup().find(Equipment.class, equipmentId);
    Optional<Site> site = machine.flatMap(e -> ctx.lookup().find(Site.class, e.siteId()));
    if (site.isEmpty() || !ctx.actor().managesRegion(site.get().region())) {
      // a machine of another region reads like one that does not exist
      return Optional.of(Access.notFound("contract.equipmentId", "Equipment", equipmentId));
    }
    if (!machine.get().customerId().equals(customerId)) {
      return Optional.of(Rejection.of(Codes.MISMATCH, "protocol.rejected.equipmentNotOfCustomer",
          "contract.equipmentId"));
    }
    return Optional.empty();
  }
}
