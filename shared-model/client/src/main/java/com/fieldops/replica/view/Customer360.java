package com.fieldops.replica.view;

import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything about one customer: sites, contacts, equipment with history, contracts, open work
 * orders (most urgent first) and past ones (newest first).
 *
 * @param slaPolicyNames the name of each contract's SLA policy, by policy id (as far as this copy has it)
 * @param pendingIds     ids of the items that carry a local change not yet confirmed by the server
 */
public record Customer360(
    Customer customer,
    List<Site> sites,
    List<Contact> contacts,
    List<EquipmentView> equipment,
    List<ServiceContract> contracts,
    Map<UUID, String> slaPolicyNames,
    List<WorkOrderRow> openWorkOrders,
    List<WorkOrderRow> pastWorkOrders,
    Set<UUID> pendingIds) {

  public UUID id() {
    return customer.id();
  }

  public boolean isPending(UUID itemId) {
    return pendingIds.contains(itemId);
  }
}
