package com.fieldops.customer.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Which service contract covers a customer's work, or one machine's, on a day: a contract for the
 * machine wins over the customer's; among several, the one that began last. The same order as the
 * SLA policy choice ({@code WorkOrderSla.choosePolicy}).
 */
public final class ContractCover {
  private ContractCover() {}

  /**
   * The contract in force on {@code day} for {@code equipmentId} (may be null: the customer's work)
   * of {@code customerId}, among {@code contracts} that pass {@code usable}.
   */
  public static Optional<ServiceContract> inForce(UUID customerId, UUID equipmentId, Collection<ServiceContract> contracts,
      LocalDate day, Predicate<ServiceContract> usable) {
    var candidates = contracts.stream().filter(Objects::nonNull)
        .filter(sc -> customerId.equals(sc.customerId()) && sc.coversOn(day) && usable.test(sc))
        .sorted(Comparator.comparing(ServiceContract::validFrom).reversed())
        .toList();
    if (equipmentId != null) {
      Optional<ServiceContract> own = candidates.stream()
          .filter(sc -> sc.scope() == ContractScope.EQUIPMENT && equipmentId.equals(sc.equipmentId())).findFirst();
      if (own.isPresent()) {
        return own;
      }
    }
    return candidates.stream().filter(sc -> sc.scope() == ContractScope.CUSTOMER).findFirst();
  }
}
