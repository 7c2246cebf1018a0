package com.fieldops.server.report.page;

import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.portal.Ownership;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.server.storage.EntityStore;
import com.fieldops.server.storage.Jdbc;
import com.fieldops.workorder.model.WorkOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a signed-in customer contact sees of their company, read from the stored records by the
 * company's id (the entity table's customer_id column): every site, machine and job of it, and of
 * another company nothing ({@link Ownership}).
 */
final class CustomerCompany {
  /** Jobs listed on the home page, newest first: a page, not an archive. */
  static final int MAX_JOBS = 50;

  /** A finished visit with its sealed report. */
  record Visit(WorkOrder job, ServiceReport report) {}

  /** The home page's content. */
  record Overview(Customer customer, Contact contact, Map<UUID, Site> sites, List<Equipment> machines,
      List<WorkOrder> openJobs, List<Visit> visits) {}

  private final EntityStore entities;

  CustomerCompany(EntityStore entities) {
    this.entities = entities;
  }

  Optional<Contact> contact(Connection c, UUID contactId) throws SQLException {
    return entities.find(c, "Contact", contactId, false).map(e -> VisitRatings.read(e.data(), Contact.class));
  }

  Overview overview(Connection c, CustomerAccounts.Link account) throws SQLException {
    Contact contact = contact(c, account.contactId()).orElse(null);
    Customer customer = entities.find(c, "Customer", account.customerId(), false)
        .map(e -> VisitRatings.read(e.data(), Customer.class)).orElse(null);
    Map<UUID, Site> sites = new LinkedHashMap<>();
    for (Site s : ofCompany(c, "Site", Site.class, account.customerId())) {
      sites.put(s.id(), s);
    }
    List<Equipment> machines = ofCompany(c, "Equipment", Equipment.class, account.customerId()).stream()
        .sorted(Comparator.comparing(Equipment::model).thenComparing(Equipment::serialNumber)).toList();
    List<WorkOrder> jobs = ofCompany(c, "WorkOrder", WorkOrder.class, account.customerId()).stream()
        .sorted(Comparator.comparing(WorkOrder::createdAt).reversed()).toList();
    List<WorkOrder> open = jobs.stream().filter(j -> j.status().isOpen()).limit(MAX_JOBS).toList();
    Set<UUID> withPdf = new HashSet<>(Jdbc.query(c, "SELECT p.work_order_id FROM service_report_pdf p JOIN entity e"
        + " ON e.entity_type = 'WorkOrder' AND e.id = p.work_order_id WHERE e.customer_id = ?",
        rs -> Jdbc.uuid(rs, "work_order_id"), account.customerId()));
    List<Visit> visits = new java.util.ArrayList<>();
    for (WorkOrder j : jobs) {
      if (visits.size() >= MAX_JOBS) {
        break;
      }
      if (!j.status().isOpen() && withPdf.contains(j.id())) {
        report(c, j).ifPresent(r -> visits.add(new Visit(j, r)));
      }
    }
    return new Overview(customer, contact, sites, machines, open, visits);
  }

  /** A job of the contact's company, or empty (another company's reads as absent). */
  Optional<WorkOrder> job(Connection c, Contact contact, UUID id) throws SQLException {
    return entities.find(c, "WorkOrder", id, false).map(e -> VisitRatings.read(e.data(), WorkOrder.class))
        .filter(j -> Ownership.owns(contact, j));
  }

  /** A machine of the contact's company, or empty. */
  Optional<Equipment> machine(Connection c, Contact contact, UUID id) throws SQLException {
    return entities.find(c, "Equipment", id, false).map(e -> VisitRatings.read(e.data(), Equipment.class))
        .filter(m -> Ownership.owns(contact, m));
  }

  Optional<ServiceReport> report(Connection c, WorkOrder job) throws SQLException {
    return entities.find(c, "ServiceReport", ServiceReport.idFor(job.id()), false)
        .map(e -> VisitRatings.read(e.data(), ServiceReport.class)).filter(r -> r.snapshot() != null);
  }

  private <T> List<T> ofCompany(Connection c, String type, Class<T> cls, UUID customerId) throws SQLException {
    return Jdbc.query(c, "SELECT data FROM entity WHERE entity_type = ? AND customer_id = ?",
        rs -> VisitRatings.read(rs.getString(1), cls), type, customerId);
  }
}
