package com.fieldops.customer.replica;

import static com.fieldops.replica.store.ViewReads.children;
import static com.fieldops.replica.store.ViewReads.doc;

import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.replica.store.EntityTypes;
import com.fieldops.replica.store.LocalStore;
import com.fieldops.replica.store.ViewReads;
import com.fieldops.replica.view.Customer360;
import com.fieldops.replica.view.CustomerRow;
import com.fieldops.replica.view.EquipmentView;
import com.fieldops.replica.view.WorkOrderRow;
import com.fieldops.sla.SlaPolicy;
import com.fieldops.workorder.replica.WorkOrderRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Customers in the replica: the search a dispatcher runs while the phone rings, and the 360° view.
 * Customers, sites and contacts are written with the replica's generic {@code record}
 * ({@code UpsertCustomer}, {@code UpsertSite}, {@code UpsertContact}).
 */
public final class CustomerReplica {
  /** Fewer digits than this in a search are not taken for a phone number. */
  static final int MIN_PHONE_DIGITS = 4;
  /** A document's phone as digits only (SQLite has no regex): spaces, dashes, dots, brackets and + removed. */
  private static final String PHONE_DIGITS = "replace(replace(replace(replace(replace(replace("
      + "coalesce(json_extract(data, '$.phone'), ''), ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', '')";

  private final LocalStore store;

  public CustomerReplica(LocalStore store) {
    this.store = store;
  }

  /**
   * Customers in scope, by name; {@code search} (may be blank: all) matches, case-insensitively, the
   * name or account number, a site's name, street or city, a contact's name, the customer's or a
   * contact's phone (by its digits, however written), or an equipment serial number.
   */
  public List<CustomerRow> customers(String search) {
    String needle = ViewReads.needle(search);
    String like = "%" + needle + "%";
    // a phone number is matched on its digits whatever the spacing: "0170 555 9267" finds "+49 170 5559267"
    String digits = needle.replaceAll("[^0-9]", "");
    String digitsLike = digits.length() >= MIN_PHONE_DIGITS ? "%" + digits.replaceFirst("^0+", "") + "%" : null;
    return store.query(c -> {
      Map<String, Integer> open = WorkOrderRows.countOpenBy(c, "customerId");
      List<CustomerRow> out = new ArrayList<>();
      // a caller names the customer, its account, one of its sites (name, street, city), a contact (name,
      // phone) or a machine's serial, or calls from the customer's or a contact's phone
      try (PreparedStatement ps = c.prepareStatement("""
          WITH hit(id) AS (
            SELECT id FROM view_doc WHERE type = 'Customer'
               AND (lower(json_extract(data, '$.name')) LIKE ?1 OR lower(json_extract(data, '$.accountNumber')) LIKE ?1
                    OR %1$s LIKE ?3)
            UNION SELECT json_extract(data, '$.customerId') FROM view_doc WHERE type = 'Site'
               AND (lower(json_extract(data, '$.name')) LIKE ?1 OR lower(json_extract(data, '$.address.street')) LIKE ?1
                    OR lower(json_extract(data, '$.address.city')) LIKE ?1)
            UNION SELECT json_extract(data, '$.customerId') FROM view_doc WHERE type = 'Contact'
               AND (lower(json_extract(data, '$.name')) LIKE ?1 OR %1$s LIKE ?3)
            UNION SELECT json_extract(data, '$.customerId') FROM view_doc WHERE type = 'Equipment'
               AND lower(json_extract(data, '$.serialNumber')) LIKE ?1)
          SELECT id, pending, json_extract(data, '$.name'), json_extract(data, '$.accountNumber'),
                 json_extract(data, '$.billingAddress.city')
            FROM view_doc WHERE type = 'Customer' AND (?2 = '' OR id IN (SELECT id FROM hit))
           ORDER BY json_extract(data, '$.name') COLLATE NOCASE""".formatted(PHONE_DIGITS))) {
        ps.setString(1, like);
        ps.setString(2, needle);
        ps.setString(3, digitsLike);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            out.add(new CustomerRow(UUID.fromString(id), rs.getString(3), rs.getString(4), rs.getString(5),
                open.getOrDefault(id, 0), rs.getInt(2) != 0));
          }
        }
      }
      return out;
    });
  }

  /** A customer's 360° view: sites, contacts, equipment with history, contracts, open and past work orders. */
  public Optional<Customer360> customer(UUID id) {
    return store.query(c -> {
      Optional<Customer> customer = doc(c, EntityTypes.CUSTOMER, id, Customer.class);
      if (customer.isEmpty()) {
        return Optional.empty();
      }
      Set<UUID> pending = new HashSet<>();
      if (ViewReads.isPending(c, EntityTypes.CUSTOMER, id)) {
        pending.add(id);
      }
      List<Site> sites = children(c, EntityTypes.SITE, "customerId", id, Site.class, pending);
      sites.sort(Comparator.comparing(Site::name, String.CASE_INSENSITIVE_ORDER));
      List<Contact> contacts = children(c, EntityTypes.CONTACT, "customerId", id, Contact.class, pending);
      contacts.sort(Comparator.comparing(Contact::name, String.CASE_INSENSITIVE_ORDER));
      List<ServiceContract> contracts = children(c, EntityTypes.SERVICE_CONTRACT, "customerId", id, ServiceContract.class, pending);
      contracts.sort(Comparator.comparing(ServiceContract::validFrom));
      List<EquipmentView> equipment = new ArrayList<>();
      for (Equipment e : children(c, EntityTypes.EQUIPMENT, "customerId", id, Equipment.class, pending)) {
        List<EquipmentEvent> history = children(c, EntityTypes.EQUIPMENT_EVENT, "equipmentId", e.id(), EquipmentEvent.class, pending);
        history.sort(Comparator.comparing(EquipmentEvent::occurredAt).thenComparing(EquipmentEvent::id));
        equipment.add(new EquipmentView(e, history, pending.contains(e.id())));
      }
      equipment.sort(Comparator.comparing((EquipmentView v) -> v.equipment().serialNumber()));
      List<WorkOrderRow> open = new ArrayList<>();
      List<WorkOrderRow> past = new ArrayList<>();
      for (WorkOrderRow r : WorkOrderRows.byField(c, "customerId", id)) {
        (r.status() != null && r.status().isOpen() ? open : past).add(r);
        if (r.pending()) {
          pending.add(r.id());
        }
      }
      open.sort(WorkOrderRows.BY_DUE);
      past.sort(Comparator.comparing(WorkOrderRow::createdAt, Comparator.nullsLast(Comparator.reverseOrder())));
      Map<UUID, String> policyNames = new HashMap<>();
      for (ServiceContract k : contracts) {
        doc(c, EntityTypes.SLA_POLICY, k.slaPolicyId(), SlaPolicy.class).ifPresent(p -> policyNames.put(p.id(), p.name()));
      }
      return Optional.of(new Customer360(customer.get(), sites, contacts, equipment, contracts, Map.copyOf(policyNames),
          open, past, Set.copyOf(pending)));
    });
  }
}
