package com.fieldops.demo;

import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.PartRequest;
import com.fieldops.stock.model.StockLevel;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.stock.model.StockMovement;
import com.fieldops.report.model.Feedback;
import com.fieldops.report.model.ServiceReport;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.User;
import com.fieldops.workorder.model.Attachment;
import com.fieldops.workorder.model.Checklist;
import com.fieldops.workorder.model.Note;
import com.fieldops.workorder.model.PartUsage;
import com.fieldops.workorder.model.TimeEntry;
import com.fieldops.workorder.model.WorkOrder;
import com.fieldops.workorder.model.WorkOrderEvent;
import com.fieldops.sla.DefaultSlaPolicy;
import com.fieldops.sla.SlaPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A complete, consistent demo world: every reference points at a record in the set, stock levels
 * equal the sum of stock movements, and every work order's history leads to its status. Lists are
 * in creation order (work orders by creation time).
 */
public record DemoDataSet(
    List<SlaPolicy> slaPolicies,
    List<Customer> customers,
    List<Site> sites,
    List<Contact> contacts,
    List<ServiceContract> serviceContracts,
    List<Equipment> equipment,
    List<EquipmentEvent> equipmentEvents,
    List<MaintenancePlan> maintenancePlans,
    List<Technician> technicians,
    List<StockLocation> stockLocations,
    List<Part> parts,
    List<StockLevel> stockLevels,
    List<StockMovement> stockMovements,
    List<PartRequest> partRequests,
    List<WorkOrder> workOrders,
    List<WorkOrderEvent> workOrderEvents,
    List<Note> notes,
    List<TimeEntry> timeEntries,
    List<PartUsage> partUsages,
    List<Checklist> checklists,
    List<Attachment> attachments,
    List<ServiceReport> serviceReports,
    List<Feedback> feedback,
    List<User> users) {

  /**
   * The policy for work orders no service contract covers: {@link DemoSlaPolicies#STANDARD}, so
   * every demo job runs against a clock.
   */
  public DefaultSlaPolicy defaultSlaPolicy() {
    return DefaultSlaPolicy.of(DemoSlaPolicies.STANDARD);
  }

  /**
   * Every record of the set, lists in the order of the components (master data first), the default
   * SLA policy right after the policies.
   */
  public Stream<Object> all() {
    return Stream.of(slaPolicies, List.of(defaultSlaPolicy()), customers, sites, contacts, serviceContracts, equipment, equipmentEvents,
            maintenancePlans, technicians, stockLocations, parts, stockLevels, stockMovements, partRequests, workOrders,
            workOrderEvents, notes, timeEntries, partUsages, checklists, attachments, serviceReports, feedback, users,
            checklistTemplates())
        .flatMap(List::stream);
  }

  /** Number of records per kind, for logs and the README. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("slaPolicies", slaPolicies.size());
    counts.put("defaultSlaPolicy", 1);
    counts.put("customers", customers.size());
    counts.put("sites", sites.size());
    counts.put("contacts", contacts.size());
    counts.put("serviceContracts", serviceContracts.size());
    counts.put("equipment", equipment.size());
    counts.put("equipmentEvents", equipmentEvents.size());
    counts.put("maintenancePlans", maintenancePlans.size());
    counts.put("technicians", technicians.size());
    counts.put("stockLocations", stockLocations.size());
    counts.put("parts", parts.size());
    counts.put("stockLevels", stockLevels.size());
    counts.put("stockMovements", stockMovements.size());
    counts.put("partRequests", partRequests.size());
    counts.put("workOrders", workOrders.size());
    counts.put("workOrderEvents", workOrderEvents.size());
    counts.put("notes", notes.size());
    counts.put("timeEntries", timeEntries.size());
    counts.put("partUsages", partUsages.size());
    counts.put("checklists", checklists.size());
    counts.put("attachments", attachments.size());
    counts.put("serviceReports", serviceReports.size());
    counts.put("feedback", feedback.size());
    counts.put("users", users.size());
    counts.put("checklistTemplates", checklistTemplates().size());
    return counts;
  }

  /** The checklist templates a new demo job gets its checklist from ({@link DemoChecklists}). */
  public List<com.fieldops.workorder.model.ChecklistTemplate> checklistTemplates() {
    return DemoChecklists.templates();
  }

  /** The user with this user name (demo users: see {@link DemoUsers}). */
  public User user(String username) {
    return users.stream().filter(u -> u.username().equals(username)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo user " + username));
  }
}
