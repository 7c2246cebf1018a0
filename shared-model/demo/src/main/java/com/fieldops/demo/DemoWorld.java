package com.fieldops.demo;

import com.fieldops.customer.model.ServiceContract;
import com.fieldops.customer.model.Contact;
import com.fieldops.customer.model.Customer;
import com.fieldops.customer.model.Site;
import com.fieldops.equipment.model.Equipment;
import com.fieldops.equipment.model.EquipmentEvent;
import com.fieldops.equipment.model.MaintenancePlan;
import com.fieldops.stock.model.Part;
import com.fieldops.stock.model.StockLocation;
import com.fieldops.identity.model.Technician;
import com.fieldops.identity.model.User;
import com.fieldops.sla.SlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Master data under construction plus the indexes the work-order generator needs. */
final class DemoWorld {
  final Instant now;
  final List<SlaPolicy> slaPolicies = new ArrayList<>();
  final List<Customer> customers = new ArrayList<>();
  final List<Site> sites = new ArrayList<>();
  final List<Contact> contacts = new ArrayList<>();
  final List<ServiceContract> contracts = new ArrayList<>();
  final List<Equipment> equipment = new ArrayList<>();
  final List<EquipmentEvent> equipmentEvents = new ArrayList<>();
  final List<MaintenancePlan> maintenancePlans = new ArrayList<>();
  final List<Technician> technicians = new ArrayList<>();
  final List<StockLocation> stockLocations = new ArrayList<>();
  final List<Part> parts = new ArrayList<>();
  final List<User> users = new ArrayList<>();

  final Map<UUID, Customer> customerById = new HashMap<>();
  final Map<UUID, DemoRegion> regionOfSite = new HashMap<>();
  final Map<UUID, List<Contact>> contactsBySite = new HashMap<>();
  final Map<UUID, List<Equipment>> equipmentBySite = new HashMap<>();
  final Map<DemoRegion, List<Technician>> techniciansByRegion = new EnumMap<>(DemoRegion.class);
  final Map<UUID, User> userOfTechnician = new HashMap<>();
  final Map<DemoRegion, User> dispatcherOf = new EnumMap<>(DemoRegion.class);
  final Map<DemoRegion, StockLocation.Warehouse> warehouseOf = new EnumMap<>(DemoRegion.class);
  final Map<UUID, SlaPolicy> policyById = new HashMap<>();
  /** Customer-wide contract's policy per customer, and per-equipment contract policy (wins). */
  final Map<UUID, UUID> policyOfCustomer = new HashMap<>();
  final Map<UUID, UUID> policyOfEquipment = new HashMap<>();

  DemoWorld(Instant now) {
    this.now = now;
  }

  /**
   * The policy that applies to a job at a customer (on a piece of equipment): its contract's, else
   * the set's default ({@link DemoSlaPolicies#STANDARD}), as the server decides.
   */
  SlaPolicy policyFor(UUID customerId, UUID equipmentId) {
    UUID id = equipmentId == null ? null : policyOfEquipment.get(equipmentId);
    if (id == null) {
      id = policyOfCustomer.get(customerId);
    }
    return policyById.get(id == null ? DemoSlaPolicies.STANDARD : id);
  }
}
